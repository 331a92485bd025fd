import { openaiCostUsd } from "../_shared/openai-prices.ts";
import { chunkText, contentHash } from "./chunk-text.ts";
import type { EmbeddingProvider } from "./embedding-provider.ts";
import type { ProviderFor } from "./org-providers.ts";

export interface EmbeddingJob {
  jobId: number;
  enqueuedAt: Date;
  sourceKind: string;
  sourceRef: string;
  /** Null when the source row is gone: its document is removed. */
  source: { orgId: string; title: string; content: string; staffOnly: boolean } | null;
}

export interface NewDocument {
  orgId: string;
  sourceKind: string;
  sourceRef: string;
  title: string;
  content: string;
  contentHash: string;
  staffOnly: boolean;
  model: string;
  chunks: Array<{ content: string; embedding: number[] }>;
}

/** One call on the plan's key, as `ai_usage` meters it. */
export interface CallUsage {
  orgId: string;
  model: string;
  tokens: number;
  costUsd: number;
}

/** Where jobs come from and documents go (Postgres in the function, memory in tests). */
export interface EmbeddingStore {
  claim(batchSize: number): Promise<EmbeddingJob[]>;
  /** The stored document's content hash and model, if any. */
  storedHash(orgId: string, sourceKind: string, sourceRef: string): Promise<{ hash: string; model: string } | null>;
  /**
   * Replaces the documents and all their chunks and meters the call that embedded them, in one transaction: a
   * crash before it commits leaves no usage for vectors nobody kept (the retry's call is metered instead), and a
   * crash after it leaves the stored hashes that make the retry skip them without a call.
   */
  saveDocuments(documents: NewDocument[], usage: CallUsage | null): Promise<void>;
  removeDocument(sourceKind: string, sourceRef: string): Promise<void>;
  complete(job: EmbeddingJob): Promise<void>;
  fail(job: EmbeddingJob, error: string): Promise<void>;
}

/** A source to embed: its job, the document without vectors, and its passages. */
type Pending = { job: EmbeddingJob; document: Omit<NewDocument, "chunks" | "model">; chunks: string[] };

export interface BatchResult {
  claimed: number;
  embedded: number;
  unchanged: number;
  removed: number;
  failed: number;
  chunks: number;
}

/**
 * One batch: claims jobs, skips sources whose text hash is already stored (with the same model), removes
 * documents of deleted sources, and embeds the rest with one provider call per organization (each may use its
 * own OpenAI key), saved together with that call's usage. A failure marks its jobs for a retry (the queue keeps
 * them); nothing is completed that was not written.
 */
export async function processBatch(
  store: EmbeddingStore,
  providers: EmbeddingProvider | ProviderFor,
  batchSize: number,
): Promise<BatchResult> {
  const providerFor: ProviderFor = typeof providers === "function" ? providers : () => Promise.resolve(providers);
  const jobs = await store.claim(batchSize);
  const result: BatchResult = { claimed: jobs.length, embedded: 0, unchanged: 0, removed: 0, failed: 0, chunks: 0 };
  const pending = new Map<string, { provider: EmbeddingProvider; items: Pending[] }>();

  for (const job of jobs) {
    try {
      if (!job.source) {
        await store.removeDocument(job.sourceKind, job.sourceRef);
        await store.complete(job);
        result.removed++;
        continue;
      }
      const orgId = job.source.orgId;
      const group = pending.get(orgId) ?? { provider: await providerFor(orgId), items: [] };
      const hash = await contentHash(job.source.title, job.source.content);
      const stored = await store.storedHash(orgId, job.sourceKind, job.sourceRef);
      if (stored?.hash === hash && stored.model === group.provider.model) {
        await store.complete(job);
        result.unchanged++;
        continue;
      }
      const document = { ...job.source, sourceKind: job.sourceKind, sourceRef: job.sourceRef, contentHash: hash };
      group.items.push({ job, document, chunks: chunkText(job.source.content) });
      pending.set(orgId, group);
    } catch (error) {
      await store.fail(job, describe(error));
      result.failed++;
    }
  }
  for (const { provider, items } of pending.values()) await embedGroup(store, provider, items, result);
  return result;
}

/**
 * One organization's pending documents: one provider call, then the documents and the call's usage saved in one
 * transaction and the jobs completed. If the save fails, every job of the call is retried, so that the call is
 * metered exactly when its vectors are kept.
 */
async function embedGroup(
  store: EmbeddingStore,
  provider: EmbeddingProvider,
  items: Pending[],
  result: BatchResult,
): Promise<void> {
  try {
    // Each passage is embedded with its document's title, for context; the stored passage is the text alone.
    const { vectors, tokens } = await provider.embed(
      items.flatMap((item) => item.chunks.map((chunk) => `${item.document.title}\n\n${chunk}`)),
    );
    let next = 0;
    const documents = items.map(({ document, chunks }) => ({
      ...document,
      model: provider.model,
      chunks: chunks.map((content) => ({ content, embedding: vectors[next++]! })),
    }));
    const orgId = items[0]!.document.orgId;
    const usage = provider.metered
      ? { orgId, model: provider.model, tokens, costUsd: openaiCostUsd(provider.model, tokens, 0) }
      : null;
    await store.saveDocuments(documents, usage);
    for (const { job } of items) await store.complete(job);
    result.embedded += items.length;
    result.chunks += next;
  } catch (error) {
    for (const { job } of items) await store.fail(job, describe(error));
    result.failed += items.length;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
