import "server-only";
import { desc, eq } from "drizzle-orm";
import { aiInsights } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import type { InsightContent } from "../insights/insight-answer";
import type { InsightFigure } from "../insights/insight-figure";

export interface InsightView {
  id: string;
  period: string;
  kind: "monthly" | "on_demand";
  lane: "standard" | "priority";
  status: "queued" | "running" | "ready" | "failed";
  content: InsightContent | null;
  figures: InsightFigure[];
  keySource: "plan" | "byok" | null;
  failureReason: string | null;
  createdAt: Date;
}

/** The organization's latest insights, newest first, as the reader (row-level security). */
export async function listInsights(db: RequestDb, orgId: string, limit = 12): Promise<InsightView[]> {
  const rows = await db((tx) =>
    tx
      .select({
        id: aiInsights.id,
        period: aiInsights.period,
        kind: aiInsights.kind,
        lane: aiInsights.lane,
        status: aiInsights.status,
        content: aiInsights.content,
        figures: aiInsights.figures,
        keySource: aiInsights.keySource,
        failureReason: aiInsights.failureReason,
        createdAt: aiInsights.createdAt,
      })
      .from(aiInsights)
      .where(eq(aiInsights.orgId, orgId))
      .orderBy(desc(aiInsights.createdAt))
      .limit(limit),
  );
  return rows.map((row) => ({
    ...row,
    content: row.content as InsightContent | null,
    figures: row.figures as InsightFigure[],
  }));
}
