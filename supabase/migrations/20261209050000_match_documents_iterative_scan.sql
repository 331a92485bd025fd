-- Search inside one organization (or under a client's row-level security) filters the HNSW scan: the graph
-- yields the nearest chunks of every organization, and only those that pass the filter are kept. With the
-- default scan, the index stops after ef_search (40) candidates, so a client owning 5 % of 100k chunks got about
-- two passages instead of ten (measured). pgvector 0.8's iterative scan keeps walking the graph until enough rows
-- pass; "relaxed" order is fine because the function sorts its answer itself. The extension line makes a
-- Postgres without pgvector skip this file, as it skips the function's first version.
create extension if not exists vector with schema extensions;

create or replace function public.match_documents(
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
set hnsw.iterative_scan = relaxed_order
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
