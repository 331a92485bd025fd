-- Keys for Arco's public JSON API. The full key is shown once at creation and never stored: only its
-- sha256 (to authenticate a request) and a short prefix (to recognise it in the list).
create table public.api_keys (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  name text not null check (char_length(name) between 1 and 100),
  prefix text not null check (char_length(prefix) between 4 and 32),
  key_hash text not null check (key_hash ~ '^[0-9a-f]{64}$'),
  scopes text[] not null default '{}',
  created_by uuid default auth.uid() references auth.users (id) on delete set null,
  last_used_at timestamptz,
  revoked_at timestamptz,
  expires_at timestamptz,
  created_at timestamptz not null default now()
);

-- Request authentication looks a key up by its hash.
create unique index api_keys_key_hash_key on public.api_keys (key_hash);
create index api_keys_org_id_idx on public.api_keys (org_id);
create index api_keys_created_by_idx on public.api_keys (created_by);

alter table public.api_keys enable row level security;
alter table public.api_keys force row level security;

create policy api_keys_select_admin_or_staff on public.api_keys
  for select to authenticated
  using (org_id = any ((select private.admin_org_ids())::uuid[]) or (select private.is_staff()));

-- A key is attributed to whoever created it (it is born unused and unrevoked: users cannot insert those
-- columns, see the grants below).
create policy api_keys_insert_admin on public.api_keys
  for insert to authenticated
  with check (org_id = any ((select private.admin_org_ids())::uuid[]) and created_by = (select auth.uid()));

-- Only live keys can be changed (renamed or revoked), so a revoked key stays revoked.
create policy api_keys_update_admin on public.api_keys
  for update to authenticated
  using (org_id = any ((select private.admin_org_ids())::uuid[]) and revoked_at is null)
  with check (org_id = any ((select private.admin_org_ids())::uuid[]));

-- RLS chooses rows, not columns: the hash is kept out of users' reach by column privileges. Users may
-- read every column but key_hash, and may change only the name and the revocation time; revoked keys are
-- kept (not deleted) for the audit trail.
revoke all on public.api_keys from anon, authenticated;
grant select (id, org_id, name, prefix, scopes, created_by, last_used_at, revoked_at, expires_at, created_at)
  on public.api_keys to authenticated;
grant insert (org_id, name, prefix, key_hash, scopes, created_by, expires_at) on public.api_keys to authenticated;
grant update (name, revoked_at) on public.api_keys to authenticated;

create trigger guard_write before insert or update or delete on public.api_keys
  for each row execute function private.guard_write();
create trigger audit_row_change after insert or update or delete on public.api_keys
  for each row execute function private.audit_row_change();
