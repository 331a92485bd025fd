-- Per-organization exceptions to the plan (a negotiated deal, a grace period). An override wins over the plan's
-- limit for its key; a null value means unlimited. Staff admins set them; the organization may read its own.
create table public.org_limit_overrides (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  limit_key text not null check (limit_key ~ '^[a-z][a-z0-9_]*$'),
  value bigint check (value >= 0),
  reason text not null check (char_length(btrim(reason)) > 0),
  created_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create unique index org_limit_overrides_org_id_limit_key_idx on public.org_limit_overrides (org_id, limit_key);
create index org_limit_overrides_created_by_idx on public.org_limit_overrides (created_by);

create trigger set_updated_at before update on public.org_limit_overrides
  for each row execute function private.set_updated_at();

alter table public.org_limit_overrides enable row level security;
alter table public.org_limit_overrides force row level security;

create policy org_limit_overrides_select_member_or_staff on public.org_limit_overrides
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));

create policy org_limit_overrides_write_staff_admin on public.org_limit_overrides
  for all to authenticated
  using ((select private.staff_role()) = 'admin')
  with check ((select private.staff_role()) = 'admin');
