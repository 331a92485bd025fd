import postgres from "npm:postgres@3.4.9";
import type { SealedSecret } from "../_shared/secret-box.ts";
import type { CallUsage, EmbeddingJob, EmbeddingStore, NewDocument } from "./process-batch.ts";

type Sql = ReturnType<typeof postgres>;

/** pgvector's text form: what `::extensions.vector` parses. */
const vectorLiteral = (values: number[]) => `[${values.join(",")}]`;

/**
 * The queue and the documents in Postgres, through the function's database connection (SUPABASE_DB_URL, the
 * service's own role: the queue lives in `private` and documents are written by the service only).
 */
export function postgresStore(sql: Sql): EmbeddingStore {
  return {
    async claim(batchSize) {
      const rows = await sql<
        Array<{
          job_id: string;
          enqueued_at: Date;
          source_kind: string;
          source_ref: string;
          org_id: string | null;
          title: string | null;
          content: string | null;
          staff_only: boolean | null;
        }>
      >`select * from private.claim_embedding_jobs(${batchSize})`;
      return rows.map((row): EmbeddingJob => ({
        jobId: Number(row.job_id),
        enqueuedAt: row.enqueued_at,
        sourceKind: row.source_kind,
        sourceRef: row.source_ref,
        source:
          row.org_id === null
            ? null
            : {
                orgId: row.org_id,
                title: row.title ?? "",
                content: row.content ?? "",
                staffOnly: row.staff_only ?? false,
              },
      }));
    },
    async storedHash(orgId, sourceKind, sourceRef) {
      const [row] = await sql<Array<{ hash: string; model: string | null }>>`
        select d.content_hash as hash, (select e.model from public.embeddings e where e.document_id = d.id limit 1) as model
        from public.documents d
        where d.org_id = ${orgId} and d.source_kind = ${sourceKind} and d.source_ref = ${sourceRef}`;
      return row && row.model ? { hash: row.hash, model: row.model } : null;
    },
    async saveDocuments(documents, usage) {
      await sql.begin(async (tx) => {
        for (const document of documents) await saveDocument(tx, document);
        if (usage) await recordAiUsage(tx, usage);
      });
    },
    async removeDocument(sourceKind, sourceRef) {
      await sql`delete from public.documents where source_kind = ${sourceKind} and source_ref = ${sourceRef}`;
    },
    async complete(job) {
      await sql`select private.complete_embedding_job(${job.jobId}, ${job.enqueuedAt})`;
    },
    async fail(job, error) {
      await sql`select private.fail_embedding_job(${job.jobId}, ${error})`;
    },
  };
}

/** An organization's sealed OpenAI key (opened by the caller with the shared secret box), or null. */
export async function storedOpenaiKey(sql: Sql, orgId: string): Promise<SealedSecret | null> {
  const [row] = await sql<Array<{ key_id: string; sealed: string }>>`
    select key_id, sealed from public.openai_keys where org_id = ${orgId}`;
  return row ? { keyId: row.key_id, sealed: row.sealed } : null;
}

/** Replaces one document and all its chunks (inside the caller's transaction). */
async function saveDocument(tx: postgres.TransactionSql, document: NewDocument) {
  const [saved] = await tx<Array<{ id: string }>>`
    insert into public.documents (org_id, source_kind, source_ref, title, content, content_hash, staff_only)
    values (${document.orgId}, ${document.sourceKind}, ${document.sourceRef}, ${document.title},
      ${document.content}, ${document.contentHash}, ${document.staffOnly})
    on conflict (org_id, source_kind, source_ref) do update set title = excluded.title,
      content = excluded.content, content_hash = excluded.content_hash, staff_only = excluded.staff_only
    returning id`;
  await tx`delete from public.embeddings where document_id = ${saved!.id}`;
  if (document.chunks.length === 0) return;
  await tx`
    insert into public.embeddings (document_id, org_id, chunk_index, content, embedding, model)
    select ${saved!.id}, ${document.orgId}, u.ord - 1, u.content, u.embedding::extensions.vector, ${document.model}
    from unnest(${document.chunks.map((chunk) => chunk.content)}::text[],
      ${document.chunks.map((chunk) => vectorLiteral(chunk.embedding))}::text[]) with ordinality as u (content, embedding, ord)`;
}

/** Adds a call on the plan's key to the organization's month in `ai_usage`. */
export async function recordAiUsage(sql: Sql | postgres.TransactionSql, usage: CallUsage) {
  await sql`select private.record_ai_usage(${usage.orgId}::uuid, ${usage.model}::text, ${usage.tokens}::bigint,
    0::bigint, ${usage.costUsd}::numeric)`;
}
