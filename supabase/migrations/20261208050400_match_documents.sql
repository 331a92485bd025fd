-- Semantic search over the embeddings. Security invoker: the function runs as its caller, so row-level
-- security on embeddings (readable exactly when their document is) decides which passages exist for them:
-- a client sees only its organization's non-staff documents; staff see every client's. The extension line
-- makes a Postgres without pgvector skip this file, as it skips the embeddings table.
create extension if not exists vector with schema extensions;

create function public.match_documents(
  query_embedding extensions.vector(1536),
  match_count integer default 10,
  filter_org uuid default null
)
returns table (
  document_id uuid,
  org_id uuid,
  source_kind text,
  source_ref text,
  title text,
  passage text,
  similarity double precision
)
language sql stable security invoker
set search_path = ''
as $$
  -- The nearest chunks first (the HNSW index orders by cosine distance), then each document's best passage.
  select best.document_id, best.org_id, best.source_kind, best.source_ref, best.title, best.passage, best.similarity
  from (
    select distinct on (n.document_id) n.document_id, n.org_id, d.source_kind, d.source_ref, d.title,
      n.content as passage, 1 - n.distance as similarity
    from (
      select e.document_id, e.org_id, e.content,
        (e.embedding operator(extensions.<=>) query_embedding) as distance
      from public.embeddings e
      where filter_org is null or e.org_id = filter_org
      order by e.embedding operator(extensions.<=>) query_embedding
      limit least(greatest(match_count, 1), 50) * 4
    ) n
    join public.documents d on d.id = n.document_id
    order by n.document_id, n.distance
  ) best
  order by best.similarity desc
  limit least(greatest(match_count, 1), 50)
$$;

revoke execute on function public.match_documents(extensions.vector, integer, uuid) from public, anon;
grant execute on function public.match_documents(extensions.vector, integer, uuid) to authenticated, service_role;
