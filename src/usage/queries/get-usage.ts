import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";
import { limitKeys, type LimitKey } from "@/src/workspace/require-workspace";

export type Usage = Record<LimitKey, number>;

/** What the organization uses of each limit, counted as the database counts it when it enforces them. */
export async function getUsage(db: RequestDb, orgId: string): Promise<Usage> {
  const rows = await db((tx) =>
    tx.execute<{ limit_key: string; usage: string }>(
      sql`select limit_key, usage from public.organization_usage(${orgId})`,
    ),
  );
  const byKey = new Map(rows.map((row) => [row.limit_key, Number(row.usage)]));
  return Object.fromEntries(limitKeys.map((key) => [key, byKey.get(key) ?? 0])) as Usage;
}
