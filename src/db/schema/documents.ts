import {
  boolean,
  foreignKey,
  index,
  integer,
  pgPolicy,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  vector,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { authenticatedRole } from "drizzle-orm/supabase";
import { organizations } from "./organizations";

// Written by the embed job (service role); members read their organization's documents unless a document
// copies something only staff may read; staff read all. A chunk is readable exactly when its document is.
const readableDocument = sql`(not staff_only and org_id = any ((select private.member_org_ids())::uuid[])) or (select private.is_staff())`;

/** Source texts for AI insights, one per source item (upserted by org, kind and ref). */
export const documents = pgTable(
  "documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    sourceKind: text("source_kind").notNull(),
    sourceRef: text("source_ref").notNull(),
    title: text("title").notNull(),
    content: text("content").notNull(),
    /** sha256 of content: unchanged documents are not embedded again. */
    contentHash: text("content_hash").notNull(),
    /** Made from a source clients cannot read (an internal note): staff find it, clients never do. */
    staffOnly: boolean("staff_only").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("documents_org_id_source_kind_source_ref_key").on(t.orgId, t.sourceKind, t.sourceRef),
    uniqueIndex("documents_id_org_id_key").on(t.id, t.orgId),
    pgPolicy("documents_select_member_or_staff", { for: "select", to: authenticatedRole, using: readableDocument }),
  ],
).enableRLS();

/** Chunk embeddings; similarity search runs as the user, so RLS keeps neighbours inside their organization. */
export const embeddings = pgTable(
  "embeddings",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    documentId: uuid("document_id").notNull(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    chunkIndex: integer("chunk_index").notNull(),
    content: text("content").notNull(),
    embedding: vector("embedding", { dimensions: 1536 }).notNull(),
    model: text("model").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: "embeddings_document_fkey",
      columns: [t.documentId, t.orgId],
      foreignColumns: [documents.id, documents.orgId],
    }).onDelete("cascade"),
    uniqueIndex("embeddings_document_id_org_id_chunk_index_key").on(t.documentId, t.orgId, t.chunkIndex),
    index("embeddings_org_id_idx").on(t.orgId),
    index("embeddings_embedding_idx").using("hnsw", t.embedding.op("vector_cosine_ops")),
    pgPolicy("embeddings_select_readable_document", {
      for: "select",
      to: authenticatedRole,
      using: sql`exists (select 1 from public.documents d where d.id = embeddings.document_id)`,
    }),
  ],
).enableRLS();
