-- Metadata of the client file store; the bytes are objects of the private `client-files` bucket, keyed
-- `<org_id>/<uuid>/<file name>` so the bucket's policies can authorize by the first folder. Members upload
-- (object first, then this row); renaming or moving a file is for its uploader and the organization's
-- owners/admins, deleting it for owners/admins. Staff read.
create table public.storage_files (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  folder_id uuid,
  bucket_id text not null default 'client-files',
  object_name text not null,
  name text not null check (length(btrim(name)) between 1 and 255),
  mime_type text,
  size_bytes bigint not null check (size_bytes >= 0),
  uploaded_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  constraint storage_files_object_name_check check (
    object_name ~ ('^' || org_id::text || '/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[^/]+$')
  ),
  -- Deleting a folder keeps its files: they move to the root of the file store.
  constraint storage_files_folder_fkey foreign key (folder_id, org_id)
    references public.storage_folders (id, org_id) on delete set null (folder_id)
);

create unique index storage_files_bucket_id_object_name_idx on public.storage_files (bucket_id, object_name);
create index storage_files_org_id_idx on public.storage_files (org_id);
create index storage_files_folder_id_org_id_idx on public.storage_files (folder_id, org_id);
create index storage_files_uploaded_by_idx on public.storage_files (uploaded_by);

alter table public.storage_files enable row level security;
alter table public.storage_files force row level security;
revoke all on public.storage_files from anon;
-- Rename and move only: the object, its size and its organization are fixed once recorded.
revoke update on public.storage_files from authenticated;
grant update (folder_id, name) on public.storage_files to authenticated;

create policy storage_files_select_member_or_staff on public.storage_files
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));
create policy storage_files_insert_member on public.storage_files
  for insert to authenticated
  with check (
    org_id = any ((select private.member_org_ids())::uuid[])
    and uploaded_by = (select auth.uid())
    and bucket_id = 'client-files'
  );
create policy storage_files_update_uploader_or_admin on public.storage_files
  for update to authenticated
  using (
    org_id = any ((select private.admin_org_ids())::uuid[])
    or (org_id = any ((select private.member_org_ids())::uuid[]) and uploaded_by = (select auth.uid()))
  )
  with check (org_id = any ((select private.member_org_ids())::uuid[]));
create policy storage_files_delete_admin on public.storage_files
  for delete to authenticated
  using (org_id = any ((select private.admin_org_ids())::uuid[]));

-- The storage quota counts what was really stored: a row takes the size (and type) of its uploaded object.
-- Invoker rights: the caller sees the object only if the bucket's policies let them read it.
create function private.prepare_storage_file() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  object_size bigint;
  object_type text;
begin
  select (o.metadata ->> 'size')::bigint, o.metadata ->> 'mimetype'
    into object_size, object_type
    from storage.objects o
    where o.bucket_id = new.bucket_id and o.name = new.object_name;
  if found then
    new.size_bytes := coalesce(object_size, new.size_bytes);
    new.mime_type := coalesce(object_type, new.mime_type);
  end if;
  return new;
end;
$$;

-- A user records a file after uploading it, so the size above is the real one; requests without a user (jobs,
-- the seed) may record a size themselves. Checked after the insert, once row-level security and the table's
-- constraints have refused what they refuse.
create function private.require_uploaded_object() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if auth.uid() is not null
    and not exists (select 1 from storage.objects o where o.bucket_id = new.bucket_id and o.name = new.object_name) then
    raise exception 'storage_object_missing: % in %', new.object_name, new.bucket_id
      using errcode = 'foreign_key_violation';
  end if;
  return null;
end;
$$;

-- A user deletes the object first, then this row: a row whose object is still stored keeps counting, or
-- deleting rows alone would free quota while the bytes stay in the bucket.
create function private.require_object_removed() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if auth.uid() is not null
    and exists (select 1 from storage.objects o where o.bucket_id = old.bucket_id and o.name = old.object_name) then
    raise exception 'storage_object_present: delete % from % first', old.object_name, old.bucket_id
      using errcode = 'object_in_use';
  end if;
  return old;
end;
$$;

-- A deleted file gives its bytes back to the quota. Security definer: release_storage is not the caller's to
-- call.
create function private.release_file_storage() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  perform private.release_storage(old.org_id, old.size_bytes);
  return null;
end;
$$;

-- Trigger functions only: nobody calls them directly.
revoke execute on function private.prepare_storage_file(), private.require_uploaded_object(),
  private.require_object_removed(), private.release_file_storage() from public;

create trigger guard_write before insert or update or delete on public.storage_files
  for each row execute function private.guard_write();
create trigger prepare_storage_file before insert on public.storage_files
  for each row execute function private.prepare_storage_file();
create trigger require_object_removed before delete on public.storage_files
  for each row execute function private.require_object_removed();
create trigger audit_row_change after insert or update or delete on public.storage_files
  for each row execute function private.audit_row_change();
create trigger require_uploaded_object after insert on public.storage_files
  for each row execute function private.require_uploaded_object();
create trigger limit_storage after insert on public.storage_files
  for each row execute function private.enforce_limit_trigger('storage_bytes', 'size_bytes');
create trigger release_storage after delete on public.storage_files
  for each row execute function private.release_file_storage();
