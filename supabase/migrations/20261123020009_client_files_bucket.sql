-- The private bucket behind the client file store. Object names start with the organization's id
-- (`<org_id>/<uuid>/<file name>`), so the first folder says whose object it is. Members of that organization
-- read and upload, its owners/admins delete, staff read. No update policy: an object is never overwritten or
-- moved, which keeps the size recorded in storage_files true.
insert into storage.buckets (id, name, public)
values ('client-files', 'client-files', false)
on conflict (id) do nothing;

-- The first folder is compared as text: casting it to uuid would raise on any object whose name does not
-- start with one, since Postgres may evaluate the cast before the bucket_id test.
create policy "client-files: members and staff read" on storage.objects
  for select to authenticated
  using (
    bucket_id = 'client-files'
    and (
      (storage.foldername(name))[1] = any ((select private.member_org_ids())::text[])
      or (select private.is_staff())
    )
  );
create policy "client-files: members upload" on storage.objects
  for insert to authenticated
  with check (
    bucket_id = 'client-files'
    and (storage.foldername(name))[1] = any ((select private.member_org_ids())::text[])
  );
create policy "client-files: owners and admins delete" on storage.objects
  for delete to authenticated
  using (
    bucket_id = 'client-files'
    and (storage.foldername(name))[1] = any ((select private.admin_org_ids())::text[])
  );
