-- The caller's agency role ('admin' | 'developer'), or null for everyone else. Policies use it where plain
-- `private.is_staff()` is too broad: only staff admins change commercial data (tiers, plans, overrides).
-- security definer because `public.staff` is readable only by staff themselves.
create function private.staff_role() returns text
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return (select s.role from public.staff s where s.user_id = (select auth.uid()));
end
$$;
revoke execute on function private.staff_role() from public;
grant execute on function private.staff_role() to authenticated, service_role;

-- Requests that carry no end-user identity: the service role's API key, or a direct connection without
-- request claims (jobs through the service client, migrations, the seed). Triggers guarding protected columns
-- let these through; everything a signed-in user sends carries `role: authenticated` claims.
create function private.is_service_request() returns boolean
language sql stable
set search_path = ''
as $$
  select coalesce(auth.role() = 'service_role', auth.jwt() is null)
$$;
revoke execute on function private.is_service_request() from public;

-- Functions are executable by PUBLIC unless revoked one by one: a schema's default privileges cannot take back
-- that global default. is_staff() (created with public.staff) is revoked here like every helper after it.
revoke execute on function private.is_staff() from public;
grant execute on function private.is_staff() to authenticated, service_role;
