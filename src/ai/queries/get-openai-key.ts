import "server-only";
import { eq } from "drizzle-orm";
import { openaiKeys } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

export interface OpenaiKeySummary {
  last4: string;
  updatedAt: Date;
}

/** Whether the organization has its own OpenAI key, and its last four characters: all a member may know. */
export async function getOpenaiKey(db: RequestDb, orgId: string): Promise<OpenaiKeySummary | null> {
  const [row] = await db((tx) =>
    tx
      .select({ last4: openaiKeys.last4, updatedAt: openaiKeys.updatedAt })
      .from(openaiKeys)
      .where(eq(openaiKeys.orgId, orgId)),
  );
  return row ?? null;
}
