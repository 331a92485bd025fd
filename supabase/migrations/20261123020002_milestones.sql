-- Milestones of a project, managed by the agency and read by the client's members. The composite foreign key
-- keeps a milestone in its project's organization, so its org_id can be trusted by the policies.
create table public.milestones (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null,
  org_id uuid not null references public.organizations (id) on delete cascade,
  title text not null check (length(btrim(title)) > 0),
  due_date date,
  completed_at timestamptz,
  position integer not null default 0,
  created_at timestamptz not null default now(),
  constraint milestones_project_fkey foreign key (project_id, org_id)
    references public.projects (id, org_id) on delete cascade
);

create index milestones_project_id_org_id_idx on public.milestones (project_id, org_id);
create index milestones_org_id_idx on public.milestones (org_id);

alter table public.milestones enable row level security;
alter table public.milestones force row level security;
revoke all on public.milestones from anon;

create policy milestones_select_member_or_staff on public.milestones
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));
create policy milestones_insert_staff on public.milestones
  for insert to authenticated
  with check ((select private.is_staff()));
create policy milestones_update_staff on public.milestones
  for update to authenticated
  using ((select private.is_staff()))
  with check ((select private.is_staff()));
create policy milestones_delete_staff on public.milestones
  for delete to authenticated
  using ((select private.is_staff()));

create trigger guard_write before insert or update or delete on public.milestones
  for each row execute function private.guard_write();
create trigger audit_row_change after insert or update or delete on public.milestones
  for each row execute function private.audit_row_change();
