import "server-only";
import { z } from "zod";
import { env } from "@/src/env";
import { AppError } from "@/src/errors/app-error";

const answerSchema = z.object({
  embedding: z.array(z.number()).length(1536),
  provider: z.enum(["openai", "offline"]),
  notice: z.string().nullable(),
});

export type QueryEmbedding = z.output<typeof answerSchema>;

/**
 * The embedding of a search question, made by the `embed` edge function, so questions and documents are always
 * embedded by the same provider and model. Called with the project's public key: embedding a question reads
 * no data. With `orgId` (a workspace the reader was already resolved into), the question is embedded by that
 * organization's provider — its own OpenAI key when it has one — which only the service role may ask for, so
 * nobody else can spend an organization's key. An unreachable or failing function is `unexpected` (logged by
 * the caller), never a stack trace.
 */
export async function embedQuery(question: string, orgId?: string): Promise<QueryEmbedding> {
  const { SUPABASE_URL, SUPABASE_ANON_KEY, SUPABASE_SERVICE_ROLE_KEY } = env();
  let response: Response;
  try {
    response = await fetch(`${SUPABASE_URL}/functions/v1/embed`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        apikey: SUPABASE_ANON_KEY,
        authorization: `Bearer ${orgId ? SUPABASE_SERVICE_ROLE_KEY : SUPABASE_ANON_KEY}`,
      },
      body: JSON.stringify(orgId ? { input: question, org_id: orgId } : { input: question }),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw new AppError("unexpected", { detail: "embed function unreachable", cause: error });
  }
  const parsed = answerSchema.safeParse(response.ok ? await response.json() : null);
  if (!parsed.success) throw new AppError("unexpected", { detail: `embed function answered ${response.status}` });
  return parsed.data;
}
