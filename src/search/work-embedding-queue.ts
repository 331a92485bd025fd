import "server-only";
import { z } from "zod";
import { env } from "@/src/env";

const reportSchema = z.object({
  provider: z.enum(["openai", "offline"]),
  notice: z.string().nullable(),
  batches: z.number(),
  claimed: z.number(),
  embedded: z.number(),
  unchanged: z.number(),
  removed: z.number(),
  failed: z.number(),
  chunks: z.number(),
  ms: z.number(),
});
export type EmbeddingQueueReport = z.output<typeof reportSchema>;

/**
 * Asks the `embed` edge function to work the embedding queue (the scheduler's call, so with the service role:
 * the function refuses anyone else). Throws on any other answer, so the job run records the failure and
 * retries; the queue itself keeps every job.
 */
export async function workEmbeddingQueue(batchSize = 32): Promise<EmbeddingQueueReport> {
  const { SUPABASE_URL, SUPABASE_ANON_KEY, SUPABASE_SERVICE_ROLE_KEY } = env();
  const response = await fetch(`${SUPABASE_URL}/functions/v1/embed`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      apikey: SUPABASE_ANON_KEY,
      authorization: `Bearer ${SUPABASE_SERVICE_ROLE_KEY}`,
    },
    body: JSON.stringify({ batch_size: batchSize }),
    signal: AbortSignal.timeout(60_000),
  });
  if (!response.ok) throw new Error(`embed function answered ${response.status}: ${await response.text()}`);
  return reportSchema.parse(await response.json());
}
