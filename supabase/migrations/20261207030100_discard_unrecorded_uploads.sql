-- An uploader may remove their own client-files object for as long as nothing references it. A member uploads
-- the object, then records it (storage_files) or attaches it to a ticket message; when that second step fails
-- (the folder was deleted meanwhile, the membership ended, the request broke), the app removes the object at
-- once, so the bytes and their record never diverge and the quota is not held until the orphan sweep. Deleting
-- objects is otherwise for owners and admins, so members needed this narrow door:
--   * only objects the caller uploaded (owner_id is the JWT's sub; Storage also sets it from a signed upload
--     URL's token, which carries the signer's id);
--   * only while no row names the object (private.object_is_referenced, the orphan sweep's definition): once
--     recorded or attached, a file goes the usual way, by an owner or admin;
--   * only in an organization the caller still belongs to.

-- Whether the caller uploaded this object and nothing references it. Security definer so the policy can ask
-- about references the caller cannot read (other members' ticket messages, for one); it answers only for the
-- caller's own objects, so it reveals nothing about anyone else's.
create function private.is_unreferenced_own_upload(bucket text, object_name text) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
      select 1 from storage.objects o
      where o.bucket_id = bucket and o.name = object_name and o.owner_id = (select auth.uid())::text
    )
    and not private.object_is_referenced(bucket, object_name)
$$;

revoke execute on function private.is_unreferenced_own_upload(text, text) from public;
grant execute on function private.is_unreferenced_own_upload(text, text) to authenticated;

create policy "client-files: uploaders discard what nothing references" on storage.objects
  for delete to authenticated
  using (
    bucket_id = 'client-files'
    and owner_id = (select auth.uid())::text
    and (storage.foldername(name))[1] = any ((select private.member_org_ids())::text[])
    and private.is_unreferenced_own_upload(bucket_id, name)
  );
