-- The URLs the uptime job checks. A client's owners and admins manage their organization's monitors, staff
-- manage every client's, members read them. Each monitor counts against the plan's domain allowance: a site
-- worth watching is a domain the agency keeps.
create table public.monitors (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  project_id uuid,
  url text not null check (url ~* '^https?://[^\s/?#]+' and char_length(url) <= 2048),
  -- The check fails when the body does not contain it (a maintenance page answering 200, say).
  keyword text check (keyword is null or char_length(keyword) between 1 and 200),
  enabled boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint monitors_project_fkey foreign key (project_id, org_id)
    references public.projects (id, org_id) on delete cascade
);

create unique index monitors_org_id_url_idx on public.monitors (org_id, url);
create index monitors_project_id_org_id_idx on public.monitors (project_id, org_id);
-- The job's scan: every enabled monitor, each minute.
create index monitors_enabled_idx on public.monitors (id) where enabled;

alter table public.monitors enable row level security;
alter table public.monitors force row level security;
revoke all on public.monitors from anon;

create policy monitors_select_member_or_staff on public.monitors
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));
create policy monitors_insert_admin_or_staff on public.monitors
  for insert to authenticated
  with check (org_id = any ((select private.admin_org_ids())::uuid[]) or (select private.is_staff()));
create policy monitors_update_admin_or_staff on public.monitors
  for update to authenticated
  using (org_id = any ((select private.admin_org_ids())::uuid[]) or (select private.is_staff()))
  with check (org_id = any ((select private.admin_org_ids())::uuid[]) or (select private.is_staff()));
create policy monitors_delete_admin_or_staff on public.monitors
  for delete to authenticated
  using (org_id = any ((select private.admin_org_ids())::uuid[]) or (select private.is_staff()));

-- Race-safe like private.enforce_limit: the organization's row is locked first, so two concurrent inserts
-- count one after the other. The effective allowance is the domains override, else the plan's domains limit
-- (null: unlimited); monitors are counted on their own, not added to the domains.
create function private.enforce_monitor_limit() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  organization public.organizations;
  has_limit boolean;
  max_usage bigint;
  current_usage bigint;
begin
  select * into organization from public.organizations o where o.id = new.org_id for no key update;
  select true, ov.value into has_limit, max_usage
  from public.org_limit_overrides ov where ov.org_id = new.org_id and ov.limit_key = 'domains';
  if has_limit is null then
    select pl.value into max_usage
    from public.plan_limits pl where pl.plan_key = organization.tier and pl.limit_key = 'domains';
  end if;
  select count(*) into current_usage from public.monitors m where m.org_id = new.org_id;
  if max_usage is not null and current_usage > max_usage then
    raise exception 'tier_limit_exceeded:domains'
      -- The detail reads as private.enforce_limit's for a row-counted limit, so the app words it the same way.
      using errcode = 'check_violation', detail = format('usage %s + 0 > limit %s', current_usage, max_usage);
  end if;
  return null;
end
$$;
revoke execute on function private.enforce_monitor_limit() from public;

create trigger guard_write before insert or update or delete on public.monitors
  for each row execute function private.guard_write();
create trigger stamp_created_at before insert or update on public.monitors
  for each row execute function private.stamp_created_at();
create trigger set_updated_at before update on public.monitors
  for each row execute function private.set_updated_at();
create trigger audit_row_change after insert or update or delete on public.monitors
  for each row execute function private.audit_row_change();
-- After the insert, so row-level security has refused what the caller may not write and the count includes it.
create trigger limit_monitors after insert on public.monitors
  for each row execute function private.enforce_monitor_limit();
