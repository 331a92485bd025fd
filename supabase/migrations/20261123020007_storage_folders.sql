-- Folders of the client file store. Members organize their organization's files; renaming or moving a folder
-- is for its creator and the organization's owners/admins, deleting it for owners/admins. Staff read.
create table public.storage_folders (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  parent_id uuid,
  name text not null check (length(btrim(name)) between 1 and 255 and position('/' in name) = 0),
  created_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  constraint storage_folders_parent_check check (parent_id <> id)
);

create index storage_folders_org_id_idx on public.storage_folders (org_id);
create index storage_folders_parent_id_org_id_idx on public.storage_folders (parent_id, org_id);
create index storage_folders_created_by_idx on public.storage_folders (created_by);
create unique index storage_folders_id_org_id_idx on public.storage_folders (id, org_id);

-- A subfolder stays in its parent's organization; deleting a folder deletes its subfolders (their files move
-- to the root, see storage_files).
alter table public.storage_folders add constraint storage_folders_parent_fkey foreign key (parent_id, org_id)
  references public.storage_folders (id, org_id) on delete cascade;

alter table public.storage_folders enable row level security;
alter table public.storage_folders force row level security;
revoke all on public.storage_folders from anon;
-- Rename and move only: a folder never changes organization or author.
revoke update on public.storage_folders from authenticated;
grant update (parent_id, name) on public.storage_folders to authenticated;

create policy storage_folders_select_member_or_staff on public.storage_folders
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));
create policy storage_folders_insert_member on public.storage_folders
  for insert to authenticated
  with check (org_id = any ((select private.member_org_ids())::uuid[]) and created_by = (select auth.uid()));
create policy storage_folders_update_creator_or_admin on public.storage_folders
  for update to authenticated
  using (
    org_id = any ((select private.admin_org_ids())::uuid[])
    or (org_id = any ((select private.member_org_ids())::uuid[]) and created_by = (select auth.uid()))
  )
  with check (org_id = any ((select private.member_org_ids())::uuid[]));
create policy storage_folders_delete_admin on public.storage_folders
  for delete to authenticated
  using (org_id = any ((select private.admin_org_ids())::uuid[]));

create trigger guard_write before insert or update or delete on public.storage_folders
  for each row execute function private.guard_write();
create trigger audit_row_change after insert or update or delete on public.storage_folders
  for each row execute function private.audit_row_change();
