import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";
import { limitKeys, type LimitKey } from "@/src/workspace/require-workspace";

export interface ClientLimit {
  key: LimitKey;
  /** The plan's value; null is unlimited. */
  planValue: number | null;
  /** The override negotiated for this client, if any (its value may itself be null: unlimited). */
  override: { value: number | null; reason: string; updatedAt: Date } | null;
  usage: number;
}

/** Each limit of the client's plan beside its override and the usage the database counts against it. */
export async function getClientLimits(db: RequestDb, orgId: string, tier: string): Promise<ClientLimit[]> {
  const rows = await db((tx) =>
    tx.execute<{
      limit_key: LimitKey;
      plan_value: string | null;
      override_id: string | null;
      override_value: string | null;
      reason: string | null;
      updated_at: string | null;
      usage: string | null;
    }>(sql`
      select pl.limit_key, pl.value as plan_value, ov.id as override_id, ov.value as override_value, ov.reason,
        ov.updated_at, ou.usage
      from public.plan_limits pl
      left join public.org_limit_overrides ov on ov.org_id = ${orgId} and ov.limit_key = pl.limit_key
      left join public.organization_usage(${orgId}) ou on ou.limit_key = pl.limit_key
      where pl.plan_key = ${tier}`),
  );
  const byKey = new Map(rows.map((row) => [row.limit_key, row]));
  return limitKeys.flatMap((key) => {
    const row = byKey.get(key);
    if (!row) return [];
    return [
      {
        key,
        planValue: row.plan_value === null ? null : Number(row.plan_value),
        override: row.override_id
          ? {
              value: row.override_value === null ? null : Number(row.override_value),
              reason: row.reason ?? "",
              updatedAt: new Date(row.updated_at!),
            }
          : null,
        usage: Number(row.usage ?? 0),
      },
    ];
  });
}
