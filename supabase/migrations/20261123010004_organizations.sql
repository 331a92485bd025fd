-- Tenancy: client organizations and the people in them. Both tables live in one migration because each one's
-- policies need the other (an organization is visible through a membership; memberships hang off an
-- organization).
create table public.organizations (
  id uuid primary key default gen_random_uuid(),
  name text not null check (char_length(btrim(name)) between 1 and 200),
  -- The URL segment (/app/<slug>): lowercase by construction, so a plain unique index is case-insensitive.
  slug text not null check (slug ~ '^[a-z0-9]([a-z0-9-]{0,46}[a-z0-9])?$'),
  tier text not null default 'free' references public.plans (key),
  -- Monthly allowances reset at midnight of the first day in this zone; the cast rejects unknown zone names.
  time_zone text not null default 'America/Sao_Paulo'
    check ((timestamptz '2000-01-01 00:00+00' at time zone time_zone) is not null),
  locale text not null default 'pt-BR' check (locale in ('pt-BR', 'en')),
  -- Brand settings (logo, colours, custom domain) for white-label plans.
  white_label jsonb not null default '{}'::jsonb check (jsonb_typeof(white_label) = 'object'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create unique index organizations_slug_idx on public.organizations (slug);
create index organizations_tier_idx on public.organizations (tier);

create trigger set_updated_at before update on public.organizations
  for each row execute function private.set_updated_at();

create table public.memberships (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  role text not null default 'member' check (role in ('owner', 'admin', 'member')),
  -- invited: added by an admin and not yet accepted by the user; only accepted memberships grant access.
  status text not null default 'invited' check (status in ('invited', 'accepted')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create unique index memberships_org_id_user_id_idx on public.memberships (org_id, user_id);
create index memberships_user_id_idx on public.memberships (user_id);

create trigger set_updated_at before update on public.memberships
  for each row execute function private.set_updated_at();

-- Organizations the caller has an accepted membership in, whatever the role, as an array. Tenant policies are
-- written `org_id = any ((select private.member_org_ids())::uuid[])`: the wrapping select makes it an init
-- plan, computed once per statement (the cast stops Postgres from reading `any (select …)` as a subquery), and comparing with a one- or two-element array costs each row next to nothing
-- (an `in (select …)` set is a hashed subplan probed per row, which bench:rls showed on 30-day scans).
-- PL/pgSQL because it keeps its plan for the connection's life, where Postgres 15 re-plans the body of a
-- (never inlined) security-definer SQL function in every statement.
-- security definer: it must read memberships regardless of their own policies (which call it too).
create function private.member_org_ids() returns uuid[]
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return array(
    select m.org_id from public.memberships m
    where m.user_id = (select auth.uid()) and m.status = 'accepted'
  );
end
$$;

-- Organizations the caller manages (owner or admin): team, settings and billing writes are limited to these.
create function private.admin_org_ids() returns uuid[]
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return array(
    select m.org_id from public.memberships m
    where m.user_id = (select auth.uid()) and m.status = 'accepted' and m.role in ('owner', 'admin')
  );
end
$$;

revoke execute on function private.member_org_ids(), private.admin_org_ids() from public;
grant execute on function private.member_org_ids(), private.admin_org_ids() to authenticated, service_role;

alter table public.organizations enable row level security;
alter table public.organizations force row level security;
alter table public.memberships enable row level security;
alter table public.memberships force row level security;

create policy organizations_select_member_or_staff on public.organizations
  for select to authenticated
  using (id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));

-- Settings belong to the organization's owners and admins; staff admins may step in (and change tiers).
-- Creation goes through public.create_organization; deletion through the service role (billing first).
create policy organizations_update_admin on public.organizations
  for update to authenticated
  using (id = any ((select private.admin_org_ids())::uuid[]) or (select private.staff_role()) = 'admin')
  with check (id = any ((select private.admin_org_ids())::uuid[]) or (select private.staff_role()) = 'admin');

-- Members see their team; everyone sees their own memberships, including invitations not yet accepted.
create policy memberships_select_member_or_staff on public.memberships
  for select to authenticated
  using (
    org_id = any ((select private.member_org_ids())::uuid[])
    or user_id = (select auth.uid())
    or (select private.is_staff())
  );

create policy memberships_insert_admin on public.memberships
  for insert to authenticated
  with check (org_id = any ((select private.admin_org_ids())::uuid[]));

-- Admins manage the team; a user may accept (or leave) their own membership. Which columns each may change
-- is decided by the protect_role trigger.
create policy memberships_update_admin_or_self on public.memberships
  for update to authenticated
  using (org_id = any ((select private.admin_org_ids())::uuid[]) or user_id = (select auth.uid()))
  with check (org_id = any ((select private.admin_org_ids())::uuid[]) or user_id = (select auth.uid()));

create policy memberships_delete_admin_or_self on public.memberships
  for delete to authenticated
  using (org_id = any ((select private.admin_org_ids())::uuid[]) or user_id = (select auth.uid()));

-- A bespoke or retired (non-public) plan stays readable by the organizations on it.
create policy plans_select_own_tier on public.plans
  for select to authenticated
  using (key in (select o.tier from public.organizations o where o.id = any ((select private.member_org_ids())::uuid[])));

-- Self-service sign-up: the caller creates an organization and becomes its owner in one step. A plain INSERT
-- cannot do this under row-level security (the new row is invisible to its creator until the owner
-- membership exists), so this narrow function does both. The tier always starts at the column default.
create function public.create_organization(name text, slug text) returns uuid
language plpgsql security definer
set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  org uuid;
begin
  if caller is null then
    raise exception 'not_authenticated' using errcode = 'insufficient_privilege';
  end if;
  insert into public.organizations (name, slug)
  values (create_organization.name, create_organization.slug)
  returning id into org;
  insert into public.memberships (org_id, user_id, role, status) values (org, caller, 'owner', 'accepted');
  return org;
end
$$;

revoke execute on function public.create_organization(text, text) from public, anon;
grant execute on function public.create_organization(text, text) to authenticated;
