-- A chunk is readable exactly when its document is: the policy asks the documents table (whose own policy
-- applies inside it) rather than repeating its rule, so a staff-only document never surfaces as a search hit.
-- The lookup is one primary-key probe per candidate the vector index returns.
-- The extension statement is a no-op where embeddings exist; a Postgres without pgvector has no embeddings
-- table and skips this file along with the one that created it.
create extension if not exists vector with schema extensions;

drop policy embeddings_select_member_or_staff on public.embeddings;
create policy embeddings_select_readable_document on public.embeddings
  for select to authenticated
  using (exists (select 1 from public.documents d where d.id = embeddings.document_id));
