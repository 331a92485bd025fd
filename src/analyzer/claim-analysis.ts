import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { urlAnalyses } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";

/**
 * Marks an analysis as running (loading the page) and returns its URL, or null when there is nothing to run:
 * an unknown id, or an analysis that already finished, which a re-delivered event must never run again.
 * A run retried after a crash finds it `running` and claims it anew.
 */
export async function claimAnalysis(analysisId: string): Promise<{ url: string } | null> {
  const [row] = await serviceDb()
    .update(urlAnalyses)
    .set({
      status: "running",
      stage: "loading",
      progress: 10,
      startedAt: sql`coalesce(${urlAnalyses.startedAt}, now())`,
    })
    .where(and(eq(urlAnalyses.id, analysisId), inArray(urlAnalyses.status, ["queued", "running"])))
    .returning({ url: urlAnalyses.url });
  return row ?? null;
}
