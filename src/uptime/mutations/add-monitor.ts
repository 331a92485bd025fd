import "server-only";
import { monitors } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * Adds a monitor as the request's user. The database refuses members (monitors_insert_admin_or_staff), a URL
 * the organization already watches (`conflict`) and one past the plan's domain allowance
 * (`tier_limit_exceeded:domains`).
 */
export async function addMonitor(
  db: RequestDb,
  orgId: string,
  input: { url: string; keyword?: string },
): Promise<{ id: string }> {
  const [added] = await db((tx) =>
    tx
      .insert(monitors)
      .values({ orgId, url: input.url, keyword: input.keyword ?? null })
      .returning({ id: monitors.id }),
  );
  if (!added) throw new Error("insert into monitors returned no row");
  return added;
}
