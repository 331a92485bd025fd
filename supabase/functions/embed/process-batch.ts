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

/** Where jobs come from and documents go (Postgres in the function, memory in tests). */
export interface EmbeddingStore {
  claim(batchSize: number): Promise<EmbeddingJob[]>;
  /** The stored document's content hash and model, if any. */
  storedHash(orgId: string, sourceKind: string, sourceRef: string): Promise<{ hash: string; model: string } | null>;
  /** Replaces the document and all its chunks, in one transaction. */
  saveDocument(document: NewDocument): Promise<void>;
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
 * own OpenAI key). A failure marks its jobs for a retry (the queue keeps them); nothing is completed that was
 * not written.
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

/** One organization's pending documents: one provider call, then each document saved and its job completed. */
async function embedGroup(
  store: EmbeddingStore,
  provider: EmbeddingProvider,
  items: Pending[],
  result: BatchResult,
): Promise<void> {
  let vectors: number[][];
  try {
    // Each passage is embedded with its document's title, for context; the stored passage is the text alone.
    vectors = await provider.embed(
      items.flatMap((item) => item.chunks.map((chunk) => `${item.document.title}\n\n${chunk}`)),
    );
  } catch (error) {
    for (const { job } of items) await store.fail(job, describe(error));
    result.failed += items.length;
    return;
  }
  let next = 0;
  for (const { job, document, chunks } of items) {
    const embedded = chunks.map((content) => ({ content, embedding: vectors[next++]! }));
    try {
      await store.saveDocument({ ...document, model: provider.model, chunks: embedded });
      await store.complete(job);
      result.embedded++;
      result.chunks += embedded.length;
    } catch (error) {
      await store.fail(job, describe(error));
      result.failed++;
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
