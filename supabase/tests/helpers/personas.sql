-- Personas for the pgTAP files in supabase/tests/database: users, organizations and memberships built as the
-- superuser, and the request identities (claims + role) the app's RLS-scoped client would set. Loaded by the
-- test runner once per file, after pgTAP and before the file itself.
create schema if not exists tests;
grant usage on schema tests to anon, authenticated, service_role;

-- A confirmed email user `<name>@arco.test`, with the identity row Supabase Auth creates alongside.
create or replace function tests.create_user(name text) returns uuid
language plpgsql
as $$
declare
  user_id uuid := gen_random_uuid();
  email text := name || '@arco.test';
begin
  insert into auth.users (
    instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
    raw_app_meta_data, raw_user_meta_data, created_at, updated_at
  )
  values (
    '00000000-0000-0000-0000-000000000000', user_id, 'authenticated', 'authenticated', email, '', now(),
    '{"provider": "email", "providers": ["email"]}', jsonb_build_object('full_name', initcap(name)), now(), now()
  );
  insert into auth.identities (provider_id, user_id, identity_data, provider, created_at, updated_at)
  values (user_id::text, user_id, jsonb_build_object('sub', user_id::text, 'email', email), 'email', now(), now());
  return user_id;
end
$$;

-- security definer so assertions can name users while authenticated (auth.users is not readable then).
create or replace function tests.get_user_id(name text) returns uuid
language sql stable security definer
as $$
  select u.id from auth.users u where u.email = name || '@arco.test'
$$;

create or replace function tests.create_staff(name text, staff_role text default 'developer') returns uuid
language plpgsql
as $$
declare
  user_id uuid := tests.create_user(name);
begin
  insert into public.staff (user_id, role) values (user_id, staff_role);
  return user_id;
end
$$;

create or replace function tests.require_superuser(helper text) returns void
language plpgsql
as $$
begin
  if current_setting('role') <> 'none' or coalesce(current_setting('request.jwt.claims', true), '') <> '' then
    raise exception '%: call tests.clear_authentication() first', helper;
  end if;
end
$$;

-- An organization on `tier`, slug derived from the name, no members yet.
create or replace function tests.create_org(name text, tier text default 'pro') returns uuid
language plpgsql
as $$
declare
  org uuid;
begin
  perform tests.require_superuser('tests.create_org');
  insert into public.organizations (name, slug, tier)
  values (name, trim(both '-' from lower(regexp_replace(name, '[^a-zA-Z0-9]+', '-', 'g'))), tier)
  returning id into org;
  return org;
end
$$;

-- An accepted membership; returns its id.
create or replace function tests.add_member(org uuid, user_name text, member_role text default 'member')
returns uuid
language plpgsql
as $$
declare
  membership uuid;
begin
  perform tests.require_superuser('tests.add_member');
  insert into public.memberships (org_id, user_id, role, status)
  values (org, tests.get_user_id(user_name), member_role, 'accepted')
  returning id into membership;
  return membership;
end
$$;

-- The cast every table test uses: organization Acme (pro) with an owner, an admin and a member; Globex (pro),
-- owned by `stranger`, who has nothing to do with Acme; staff `staff` (developer) and `staff_admin` (admin).
create or replace function tests.create_personas() returns void
language plpgsql
as $$
declare
  acme uuid;
  globex uuid;
begin
  perform tests.require_superuser('tests.create_personas');
  perform tests.create_user(name) from unnest(array['owner', 'admin', 'member', 'stranger']) as name;
  perform tests.create_staff('staff', 'developer');
  perform tests.create_staff('staff_admin', 'admin');
  acme := tests.create_org('Acme');
  perform tests.add_member(acme, 'owner', 'owner');
  perform tests.add_member(acme, 'admin', 'admin');
  perform tests.add_member(acme, 'member', 'member');
  globex := tests.create_org('Globex');
  perform tests.add_member(globex, 'stranger', 'owner');
end
$$;

-- An organization's id by name (as created by tests.create_org), usable while authenticated.
create or replace function tests.org_id(name text) returns uuid
language sql stable security definer
as $$
  select o.id from public.organizations o where o.name = org_id.name
$$;

-- security definer so the persona switch can ask it while another persona is authenticated.
create or replace function tests.is_staff_user(user_id uuid) returns boolean
language sql stable security definer
as $$
  select exists (select 1 from public.staff s where s.user_id = is_staff_user.user_id)
$$;

-- The claims and role a signed-in user's request carries (transaction-local, like the app's withUser). Staff
-- personas have passed their TOTP second step (`aal2`), as the app requires of staff; everyone else signed in
-- with one factor (`aal1`). `aal` overrides that, e.g. for staff who have not done the second step yet.
create or replace function tests.authenticate_as(name text, aal text default null) returns void
language plpgsql
as $$
declare
  user_id uuid := tests.get_user_id(name);
begin
  if user_id is null then
    raise exception 'tests.authenticate_as: no user %', name;
  end if;
  perform set_config('request.jwt.claims', json_build_object(
    'sub', user_id, 'role', 'authenticated', 'aud', 'authenticated', 'email', name || '@arco.test',
    'aal', coalesce(authenticate_as.aal, case when tests.is_staff_user(user_id) then 'aal2' else 'aal1' end)
  )::text, true);
  perform set_config('role', 'authenticated', true);
end
$$;

-- Starts an impersonation session (ending the staff member's previous one) and takes on its claims: the
-- target user's, plus `impersonator` and `impersonation_session_id`. Returns the session id.
create or replace function tests.authenticate_as_impersonator(staff_name text, target_name text, read_only boolean)
returns uuid
language plpgsql
as $$
declare
  staff_id uuid := tests.get_user_id(staff_name);
  target_id uuid := tests.get_user_id(target_name);
  session_id uuid;
begin
  perform tests.clear_authentication();
  update public.impersonation_sessions s set ended_at = now()
  where s.staff_user_id = staff_id and s.ended_at is null;
  insert into public.impersonation_sessions (staff_user_id, target_user_id, reason, read_only)
  values (staff_id, target_id, 'pgTAP persona', authenticate_as_impersonator.read_only)
  returning id into session_id;
  perform set_config('request.jwt.claims', json_build_object(
    'sub', target_id, 'role', 'authenticated', 'aud', 'authenticated', 'email', target_name || '@arco.test',
    'aal', 'aal1', 'impersonator', staff_id, 'impersonation_session_id', session_id
  )::text, true);
  perform set_config('role', 'authenticated', true);
  return session_id;
end
$$;

-- Jobs and webhooks: the service role bypasses row-level security, triggers still apply.
create or replace function tests.authenticate_as_service_role() returns void
language plpgsql
as $$
begin
  perform set_config('request.jwt.claims', '{"role": "service_role"}', true);
  perform set_config('role', 'service_role', true);
end
$$;

-- An anonymous visitor (the anon key, no user).
create or replace function tests.authenticate_as_anon() returns void
language plpgsql
as $$
begin
  perform set_config('request.jwt.claims', '{"role": "anon"}', true);
  perform set_config('role', 'anon', true);
end
$$;

-- Back to the superuser with no request claims (fixture setup, checks of what really changed).
create or replace function tests.clear_authentication() returns void
language plpgsql
as $$
begin
  perform set_config('role', 'none', true);
  perform set_config('request.jwt.claims', '', true);
end
$$;

grant execute on all functions in schema tests to anon, authenticated, service_role;
