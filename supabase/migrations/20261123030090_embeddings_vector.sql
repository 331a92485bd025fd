-- Chunk embeddings of documents for similarity search. Alone in this file because it is the only schema
-- that needs pgvector: a Postgres without the extension (the race-test cluster) skips exactly this file.
create extension if not exists vector with schema extensions;

create table public.embeddings (
  id uuid primary key default gen_random_uuid(),
  document_id uuid not null,
  org_id uuid not null references public.organizations (id) on delete cascade,
  chunk_index integer not null check (chunk_index >= 0),
  content text not null,
  embedding extensions.vector(1536) not null,
  model text not null,
  created_at timestamptz not null default now(),
  -- The pair (not document_id alone) so a chunk can never carry another organization's id than its
  -- document's, which is what the org_id policy below relies on.
  constraint embeddings_document_fkey foreign key (document_id, org_id)
    references public.documents (id, org_id) on delete cascade
);

-- org_id is determined by document_id, so this is "one row per chunk of a document"; the column order
-- also serves the foreign key above.
create unique index embeddings_document_id_org_id_chunk_index_key
  on public.embeddings (document_id, org_id, chunk_index);
create index embeddings_org_id_idx on public.embeddings (org_id);
create index embeddings_embedding_idx on public.embeddings using hnsw (embedding extensions.vector_cosine_ops);

alter table public.embeddings enable row level security;
alter table public.embeddings force row level security;

-- Similarity search runs as the user, so RLS limits the nearest neighbours to their organization.
create policy embeddings_select_member_or_staff on public.embeddings
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));

revoke all on public.embeddings from anon, authenticated;
grant select on public.embeddings to authenticated;

-- Not audited: chunks are derived from their document (audited), and each entry would copy a 1536-float
-- vector into the trail.
create trigger guard_write before insert or update or delete on public.embeddings
  for each row execute function private.guard_write();
