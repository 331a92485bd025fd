-- What the agency delivered on a project (a release, a design file, a report), read by the client's members.
-- The composite foreign key keeps a delivery in its project's organization.
create table public.deliveries (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null,
  org_id uuid not null references public.organizations (id) on delete cascade,
  title text not null check (length(btrim(title)) > 0),
  delivered_at timestamptz not null default now(),
  url text check (url ~* '^https?://'),
  notes text,
  created_at timestamptz not null default now(),
  constraint deliveries_project_fkey foreign key (project_id, org_id)
    references public.projects (id, org_id) on delete cascade
);

create index deliveries_project_id_org_id_idx on public.deliveries (project_id, org_id);
create index deliveries_org_id_delivered_at_idx on public.deliveries (org_id, delivered_at desc);

alter table public.deliveries enable row level security;
alter table public.deliveries force row level security;
revoke all on public.deliveries from anon;

create policy deliveries_select_member_or_staff on public.deliveries
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));
create policy deliveries_insert_staff on public.deliveries
  for insert to authenticated
  with check ((select private.is_staff()));
create policy deliveries_update_staff on public.deliveries
  for update to authenticated
  using ((select private.is_staff()))
  with check ((select private.is_staff()));
create policy deliveries_delete_staff on public.deliveries
  for delete to authenticated
  using ((select private.is_staff()));

create trigger guard_write before insert or update or delete on public.deliveries
  for each row execute function private.guard_write();
create trigger audit_row_change after insert or update or delete on public.deliveries
  for each row execute function private.audit_row_change();
