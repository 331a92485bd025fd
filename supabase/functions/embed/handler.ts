import { openaiCostUsd } from "../_shared/openai-prices.ts";
import type { EmbeddingProvider } from "./embedding-provider.ts";
import type { ProviderFor } from "./org-providers.ts";
import { processBatch, type BatchResult, type CallUsage, type EmbeddingStore } from "./process-batch.ts";

/** A search query is embedded from at most this much text; longer input is cut, never refused with a 500. */
export const MAX_QUERY_CHARACTERS = 2000;
export const DEFAULT_BATCH_SIZE = 32;
/** One call works through batches for at most this long, then returns; the scheduler calls again. */
const TIME_BUDGET_MS = 20_000;

export interface EmbedDeps {
  /** The plan's provider: what the function reports, and what embeds without an organization. */
  provider: EmbeddingProvider;
  /** Each organization's provider (its own OpenAI key when it stored one); the plan's when absent. */
  providerFor?: ProviderFor;
  store: () => EmbeddingStore;
  /** Meters a question embedded on the plan's key for an organization. */
  recordUsage?: (usage: CallUsage) => Promise<void>;
  now?: () => number;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

/** The role in the request's JWT (the gateway has verified its signature before the function runs). */
export function jwtRole(request: Request): string | null {
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
  const payload = token?.split(".")[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/")));
    return typeof claims.role === "string" ? claims.role : null;
  } catch {
    return null;
  }
}

/**
 * POST { "input": "…" }: the embedding of a search query (any verified caller), with the provider that made it.
 * With `"org_id"`, from the service role only (the app's server, for a reader it has authorized), the query is
 * embedded by that organization's provider, so it matches documents embedded with the organization's own key.
 * POST { "batch_size": n }: works the queue (service role only: it is the scheduler's call), batch after batch
 * until it is empty or the time budget is spent, and reports what it did.
 */
export async function handleEmbed(request: Request, deps: EmbedDeps): Promise<Response> {
  if (request.method !== "POST") return json(405, { error: { code: "method_not_allowed", message: "Use POST." } });
  let body: { input?: unknown; batch_size?: unknown; org_id?: unknown };
  try {
    body = await request.json();
  } catch {
    return json(400, { error: { code: "invalid_input", message: "The body must be JSON." } });
  }
  const { provider } = deps;
  const meta = { provider: provider.name, model: provider.model, notice: provider.notice };

  if (typeof body.input === "string") {
    const input = body.input.slice(0, MAX_QUERY_CHARACTERS);
    const forOrg = typeof body.org_id === "string" && uuid.test(body.org_id) ? body.org_id : null;
    if (forOrg && jwtRole(request) !== "service_role") {
      return json(403, { error: { code: "forbidden", message: "Only the service role embeds for an organization." } });
    }
    const chosen = forOrg && deps.providerFor ? await deps.providerFor(forOrg) : provider;
    const { vectors, tokens } = await chosen.embed([input]);
    if (forOrg && chosen.metered && deps.recordUsage) {
      await deps.recordUsage({
        orgId: forOrg,
        model: chosen.model,
        tokens,
        costUsd: openaiCostUsd(chosen.model, tokens, 0),
      });
    }
    return json(200, {
      provider: chosen.name,
      model: chosen.model,
      notice: chosen.notice,
      embedding: vectors[0],
      truncated: body.input.length > MAX_QUERY_CHARACTERS,
    });
  }

  if (jwtRole(request) !== "service_role") {
    return json(403, { error: { code: "forbidden", message: "Only the service role works the queue." } });
  }
  const batchSize = Number.isInteger(body.batch_size)
    ? Math.min(Math.max(Number(body.batch_size), 1), 256)
    : DEFAULT_BATCH_SIZE;
  const now = deps.now ?? Date.now;
  const started = now();
  const store = deps.store();
  const total: BatchResult & { batches: number } = {
    batches: 0,
    claimed: 0,
    embedded: 0,
    unchanged: 0,
    removed: 0,
    failed: 0,
    chunks: 0,
  };
  for (;;) {
    const batch = await processBatch(store, deps.providerFor ?? provider, batchSize);
    total.batches++;
    for (const key of ["claimed", "embedded", "unchanged", "removed", "failed", "chunks"] as const)
      total[key] += batch[key];
    if (batch.claimed < batchSize || now() - started > TIME_BUDGET_MS) break;
  }
  return json(200, { ...meta, ...total, batch_size: batchSize, ms: Math.round(now() - started) });
}
