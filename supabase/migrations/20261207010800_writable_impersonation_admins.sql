-- A "view as" that may write acts as the client, so only staff admins start one; developers view read-only.
-- The service role may record any session (tests, support tooling that already checked who asked).
create function private.require_admin_for_writable_impersonation() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if not new.read_only and not private.is_service_request() and private.staff_role() is distinct from 'admin' then
    raise exception 'impersonation_refused:writable_needs_staff_admin' using errcode = 'insufficient_privilege';
  end if;
  return new;
end
$$;

revoke execute on function private.require_admin_for_writable_impersonation() from public;

create trigger require_admin_for_writable before insert on public.impersonation_sessions
  for each row execute function private.require_admin_for_writable_impersonation();
