-- An organization's own OpenAI key (bring your own key): sealed by the app with AES-256-GCM (the secret box,
-- bound to `openai-key:<org id>`) before it reaches the database, with the id of the key that sealed it so a
-- rotation can re-seal. One key per organization. Members may know that a key exists and its last four
-- characters; nobody but the service (the jobs and the `embed` function, which open it) reads the sealed bytes.
create table public.openai_keys (
  org_id uuid primary key references public.organizations (id) on delete cascade,
  key_id text not null check (key_id ~ '^[A-Za-z0-9_-]{1,32}$'),
  sealed text not null check (char_length(sealed) between 40 and 2000),
  last4 text not null check (char_length(last4) = 4),
  created_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create index openai_keys_created_by_idx on public.openai_keys (created_by);

alter table public.openai_keys enable row level security;
alter table public.openai_keys force row level security;

create policy openai_keys_select_member_or_staff on public.openai_keys
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));

create policy openai_keys_insert_admin on public.openai_keys
  for insert to authenticated
  with check (org_id = any ((select private.admin_org_ids())::uuid[]) and created_by = (select auth.uid()));

create policy openai_keys_update_admin on public.openai_keys
  for update to authenticated
  using (org_id = any ((select private.admin_org_ids())::uuid[]))
  with check (org_id = any ((select private.admin_org_ids())::uuid[]) and created_by = (select auth.uid()));

create policy openai_keys_delete_admin on public.openai_keys
  for delete to authenticated
  using (org_id = any ((select private.admin_org_ids())::uuid[]));

-- RLS chooses rows, not columns: the sealed bytes and the key id are out of every user's reach by column
-- privileges (owners and admins write them, nobody reads them back; the audit trail redacts them likewise).
revoke all on public.openai_keys from anon, authenticated;
grant select (org_id, last4, created_by, created_at, updated_at) on public.openai_keys to authenticated;
grant insert (org_id, key_id, sealed, last4, created_by) on public.openai_keys to authenticated;
grant update (key_id, sealed, last4, created_by, updated_at) on public.openai_keys to authenticated;
grant delete on public.openai_keys to authenticated;

create trigger guard_write before insert or update or delete on public.openai_keys
  for each row execute function private.guard_write();
create trigger audit_row_change after insert or update or delete on public.openai_keys
  for each row execute function private.audit_row_change();
