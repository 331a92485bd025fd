-- The public API runs under row-level security like the dashboard: each organization whose keys are used gets
-- one API principal, a user row that can never sign in (no email, no password, no identity), and a request made with
-- one of the organization's keys runs with that principal's claims. Every existing policy then applies to API
-- requests unchanged, writes are attributed (tickets' created_by, the audit log) to a real auth.users id, and
-- the principal is a reader of exactly one organization: it is counted among the organization's members by
-- private.member_org_ids() below, never among its admins, seats or team.
create table private.api_principals (
  org_id uuid primary key references public.organizations (id) on delete cascade,
  user_id uuid not null unique references auth.users (id) on delete cascade
);

-- Private schema, reached only by the security-definer functions below; RLS anyway, in case a grant slips.
alter table private.api_principals enable row level security;
alter table private.api_principals force row level security;
revoke all on private.api_principals from public, anon, authenticated;

-- The organization's principal, created on the first request made with one of its keys (not with the key:
-- keys that are never used, like imported or seeded ones, leave no user behind). Called only by
-- api_access.authenticate_key; security definer because creating an auth user is beyond any caller.
create function private.api_principal_for(org uuid) returns uuid
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  principal uuid;
begin
  select p.user_id into principal from private.api_principals p where p.org_id = org;
  if found then
    return principal;
  end if;
  principal := gen_random_uuid();
  insert into auth.users (id, aud, role, raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
  values (principal, 'authenticated', 'authenticated',
    jsonb_build_object('provider', 'arco_api', 'providers', jsonb_build_array(), 'arco_api_principal', true),
    jsonb_build_object('full_name', 'API'), now(), now());
  -- Two first requests of one organization at once: the second waits on the primary key, then uses the first's.
  insert into private.api_principals (org_id, user_id) values (org, principal)
    on conflict (org_id) do nothing;
  if not found then
    delete from auth.users where id = principal;
    select p.user_id into principal from private.api_principals p where p.org_id = org;
  end if;
  return principal;
end
$$;
revoke execute on function private.api_principal_for(uuid) from public;

-- As before, plus the organization an API principal reads for. The principal has no membership row, so it is
-- neither a seat nor a team member, and admin_org_ids() (settings, billing, keys) stays closed to it.
create or replace function private.member_org_ids() returns uuid[]
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return array(
    select m.org_id from public.memberships m
    where m.user_id = (select auth.uid()) and m.status = 'accepted'
    union all
    select p.org_id from private.api_principals p where p.user_id = (select auth.uid())
  );
end
$$;
