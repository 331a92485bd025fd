import { chunkText, contentHash } from "./chunk-text.ts";
import type { EmbeddingProvider } from "./embedding-provider.ts";

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
 * documents of deleted sources, and embeds the rest in one provider call. A failure marks its jobs for a retry
 * (the queue keeps them); nothing is completed that was not written.
 */
export async function processBatch(
  store: EmbeddingStore,
  provider: EmbeddingProvider,
  batchSize: number,
): Promise<BatchResult> {
  const jobs = await store.claim(batchSize);
  const result: BatchResult = { claimed: jobs.length, embedded: 0, unchanged: 0, removed: 0, failed: 0, chunks: 0 };
  const pending: Array<{ job: EmbeddingJob; document: Omit<NewDocument, "chunks" | "model">; chunks: string[] }> = [];

  for (const job of jobs) {
    try {
      if (!job.source) {
        await store.removeDocument(job.sourceKind, job.sourceRef);
        await store.complete(job);
        result.removed++;
        continue;
      }
      const hash = await contentHash(job.source.title, job.source.content);
      const stored = await store.storedHash(job.source.orgId, job.sourceKind, job.sourceRef);
      if (stored?.hash === hash && stored.model === provider.model) {
        await store.complete(job);
        result.unchanged++;
        continue;
      }
      const document = { ...job.source, sourceKind: job.sourceKind, sourceRef: job.sourceRef, contentHash: hash };
      pending.push({ job, document, chunks: chunkText(job.source.content) });
    } catch (error) {
      await store.fail(job, describe(error));
      result.failed++;
    }
  }
  if (pending.length === 0) return result;

  let vectors: number[][];
  try {
    // Each passage is embedded with its document's title, for context; the stored passage is the text alone.
    vectors = await provider.embed(
      pending.flatMap((item) => item.chunks.map((chunk) => `${item.document.title}\n\n${chunk}`)),
    );
  } catch (error) {
    for (const { job } of pending) await store.fail(job, describe(error));
    result.failed += pending.length;
    return result;
  }
  let next = 0;
  for (const { job, document, chunks } of pending) {
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
  return result;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
