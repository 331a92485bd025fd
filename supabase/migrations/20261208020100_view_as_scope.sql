-- "View as" from the agency admin: a session is started from a client's page, so it names the organization it
-- was opened for (the client's owners see it in their activity) — as `viewed_org_id`, not `org_id`: a session
-- is the agency's record, not a row the organization owns (org_id is the tenant key by convention), carries a reason worth reading (at least ten
-- characters) and, when it may write, a reason of its own for that. Sessions recorded before keep no
-- organization; the rules below bind what staff start from now on.
alter table public.impersonation_sessions
  add column viewed_org_id uuid references public.organizations (id) on delete cascade,
  add column write_reason text;

create index impersonation_sessions_viewed_org_id_idx on public.impersonation_sessions (viewed_org_id, started_at);

-- Named to fire after check_session and require_admin_for_writable (triggers fire by name), so their refusals
-- come first. Checked for sessions a staff member starts in their own name (the app's path); the service role and direct
-- connections (seed, tests, support tooling) record history as it was. A session names its organization when
-- it is opened from a client's page (the admin always does), and its target must then be a member there.
create function private.check_view_as_scope() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' then
    if (new.viewed_org_id, new.write_reason) is distinct from (old.viewed_org_id, old.write_reason) then
      raise exception 'impersonation_session_immutable' using errcode = 'insufficient_privilege';
    end if;
    return new;
  end if;
  if new.staff_user_id is distinct from (select auth.uid()) then
    return new;
  end if;
  if char_length(btrim(new.reason)) < 10 then
    raise exception 'impersonation_refused:reason_too_short' using errcode = 'check_violation';
  end if;
  if not new.read_only and char_length(btrim(coalesce(new.write_reason, ''))) < 10 then
    raise exception 'impersonation_refused:write_reason_required' using errcode = 'check_violation';
  end if;
  if new.viewed_org_id is not null and not exists (
    select 1 from public.memberships m
    where m.org_id = new.viewed_org_id and m.user_id = new.target_user_id and m.status = 'accepted'
  ) then
    raise exception 'impersonation_refused:not_member' using errcode = 'insufficient_privilege';
  end if;
  return new;
end
$$;

revoke execute on function private.check_view_as_scope() from public;

create trigger view_as_scope before insert or update on public.impersonation_sessions
  for each row execute function private.check_view_as_scope();

-- The client's side of "view as": its owners read who from the agency viewed their organization's dashboard as
-- which member, why, and from when to when. Security definer because owners may read neither the sessions
-- table nor staff profiles; it returns these few fields, and nothing unless the caller owns the organization.
create function public.organization_view_as_activity(p_org uuid)
returns table (
  id uuid, staff_name text, target_name text, reason text, read_only boolean, started_at timestamptz,
  ended_at timestamptz
)
language sql stable security definer
set search_path = ''
as $$
  select s.id, coalesce(sp.full_name, 'Arco'), coalesce(tp.full_name, tu.email::text), s.reason, s.read_only,
    s.started_at, least(coalesce(s.ended_at, s.expires_at), s.expires_at)
  from public.impersonation_sessions s
  left join public.profiles sp on sp.id = s.staff_user_id
  left join public.profiles tp on tp.id = s.target_user_id
  left join auth.users tu on tu.id = s.target_user_id
  where s.viewed_org_id = p_org and private.org_role(p_org) = 'owner'
  order by s.started_at desc
  limit 50
$$;

revoke execute on function public.organization_view_as_activity(uuid) from public, anon;
grant execute on function public.organization_view_as_activity(uuid) to authenticated, service_role;
