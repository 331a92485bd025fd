-- The search index copies text out of its sources, so it must never show a reader more than the source would:
-- a document made from something only staff may read (an internal note of a ticket) is marked `staff_only` by
-- the job that writes it, and clients never find it. Chunks follow their document (next migration).
alter table public.documents add column staff_only boolean not null default false;

drop policy documents_select_member_or_staff on public.documents;
create policy documents_select_member_or_staff on public.documents
  for select to authenticated
  using ((not staff_only and org_id = any ((select private.member_org_ids())::uuid[])) or (select private.is_staff()));
