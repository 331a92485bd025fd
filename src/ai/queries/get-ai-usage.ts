import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { aiUsage } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

export interface AiUsageMonth {
  period: string;
  models: Array<{ model: string; requests: number; inputTokens: number; outputTokens: number; costUsd: number }>;
  requests: number;
  tokens: number;
  costUsd: number;
}

/**
 * The organization's AI usage on the plan's key in its current month (`YYYY-MM` in its time zone), per model
 * and in total, as the reader: members and staff.
 */
export async function getAiUsage(db: RequestDb, orgId: string, timeZone: string): Promise<AiUsageMonth> {
  const period = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit" })
    .format(new Date())
    .slice(0, 7);
  const rows = await db((tx) =>
    tx
      .select({
        model: aiUsage.model,
        requests: aiUsage.requests,
        inputTokens: aiUsage.inputTokens,
        outputTokens: aiUsage.outputTokens,
        costUsd: sql<string>`${aiUsage.costUsd}::text`,
      })
      .from(aiUsage)
      .where(and(eq(aiUsage.orgId, orgId), eq(aiUsage.period, period)))
      .orderBy(asc(aiUsage.model)),
  );
  const models = rows.map((row) => ({ ...row, costUsd: Number(row.costUsd) }));
  return {
    period,
    models,
    requests: models.reduce((sum, row) => sum + row.requests, 0),
    tokens: models.reduce((sum, row) => sum + row.inputTokens + row.outputTokens, 0),
    costUsd: models.reduce((sum, row) => sum + row.costUsd, 0),
  };
}
