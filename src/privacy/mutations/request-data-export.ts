import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * Queues an export through `public.request_data_export`, which decides who may (an organization's owners; anyone
 * for their own account) and refuses a second one in flight (`conflict`) or a sixth in a day (`rate_limited`).
 */
export async function requestDataExport(
  db: RequestDb,
  subject: { scope: "account" } | { scope: "organization"; orgId: string },
): Promise<string> {
  const orgId = subject.scope === "organization" ? subject.orgId : null;
  const [row] = await db((tx) =>
    tx.execute<{ id: string }>(sql`select public.request_data_export(${subject.scope}, ${orgId}::uuid) as id`),
  );
  return row!.id;
}
