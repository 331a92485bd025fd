-- "View as": a staff member sees the app as a client user for at most an hour, read-only unless the session
-- says otherwise. The server builds the target user's claims plus `impersonator` (staff user id) and
-- `impersonation_session_id`; the database checks them against this table on every write.
create table public.impersonation_sessions (
  id uuid primary key default gen_random_uuid(),
  staff_user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  target_user_id uuid not null references auth.users (id) on delete cascade,
  reason text not null check (char_length(btrim(reason)) > 0),
  read_only boolean not null default true,
  started_at timestamptz not null default now(),
  expires_at timestamptz not null default now() + interval '1 hour',
  ended_at timestamptz,
  constraint impersonation_sessions_expiry_check
    check (expires_at > started_at and expires_at <= started_at + interval '1 hour'),
  constraint impersonation_sessions_ended_check check (ended_at is null or ended_at >= started_at)
);

create index impersonation_sessions_staff_user_id_idx on public.impersonation_sessions (staff_user_id, started_at);
create index impersonation_sessions_target_user_id_idx on public.impersonation_sessions (target_user_id);

-- A claim as a uuid, or null when absent or malformed (claims come from the server, but a bad one must refuse
-- access rather than fail with a cast error somewhere else).
create function private.claim_uuid(claim text) returns uuid
language sql stable
set search_path = ''
as $$
  select case
    when v ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then v::uuid
  end
  from (select auth.jwt() ->> claim) as c (v)
$$;

-- The session the request's impersonation claims name, if it is active: same staff member, same target (the
-- request's own user), started, not ended, not expired.
create function private.current_impersonation() returns public.impersonation_sessions
language sql stable security definer
set search_path = ''
as $$
  select s.* from public.impersonation_sessions s
  where s.id = private.claim_uuid('impersonation_session_id')
    and s.staff_user_id = private.claim_uuid('impersonator')
    and s.target_user_id = (select auth.uid())
    and s.started_at <= now() and s.expires_at > now() and s.ended_at is null
$$;

-- True when the request is a valid impersonation; the server checks it before serving anything as the target.
create function private.is_impersonating() returns boolean
language sql stable security definer
set search_path = ''
as $$
  select (private.current_impersonation()).id is not null
$$;
revoke execute on function private.claim_uuid(text), private.current_impersonation(), private.is_impersonating() from public;
grant execute on function private.is_impersonating() to authenticated, service_role;

-- BEFORE INSERT/UPDATE/DELETE on every tenant table: a request carrying impersonation claims writes only
-- through an active, writable session; read-only, ended, expired or mismatched ones are refused. Attach with
--   create trigger guard_write before insert or update or delete on public.<t>
--     for each row execute function private.guard_write();
create function private.guard_write() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  session public.impersonation_sessions;
begin
  if auth.jwt() ?| array['impersonator', 'impersonation_session_id'] then
    session := private.current_impersonation();
    if session.id is null or session.read_only then
      raise exception 'impersonation_read_only' using errcode = 'insufficient_privilege';
    end if;
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end
$$;

-- Refused in the database, whoever asks: impersonating oneself, another staff member, or a second session
-- while one is active (checked under a lock on the staff row, so two tabs cannot both start one). Staff
-- sessions start now; only the service role may record other start times. Afterwards a session can only end.
create function private.check_impersonation_session() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' then
    if old.ended_at is not null
       or (new.id, new.staff_user_id, new.target_user_id, new.reason, new.read_only, new.started_at, new.expires_at)
          is distinct from
          (old.id, old.staff_user_id, old.target_user_id, old.reason, old.read_only, old.started_at, old.expires_at)
    then
      raise exception 'impersonation_session_immutable' using errcode = 'insufficient_privilege';
    end if;
    return new;
  end if;

  if not private.is_service_request() then
    new.started_at := now();
  end if;
  if new.target_user_id = new.staff_user_id then
    raise exception 'impersonation_refused:self' using errcode = 'insufficient_privilege';
  end if;
  if exists (select 1 from public.staff s where s.user_id = new.target_user_id) then
    raise exception 'impersonation_refused:staff' using errcode = 'insufficient_privilege';
  end if;
  perform 1 from public.staff s where s.user_id = new.staff_user_id for update;
  if not found then
    raise exception 'impersonation_refused:not_staff' using errcode = 'insufficient_privilege';
  end if;
  if exists (
    select 1 from public.impersonation_sessions s
    where s.staff_user_id = new.staff_user_id and s.ended_at is null and s.expires_at > now()
  ) then
    raise exception 'impersonation_refused:already_active' using errcode = 'insufficient_privilege';
  end if;
  return new;
end
$$;

create trigger check_session before insert or update on public.impersonation_sessions
  for each row execute function private.check_impersonation_session();
revoke execute on function private.guard_write(), private.check_impersonation_session() from public;

alter table public.impersonation_sessions enable row level security;
alter table public.impersonation_sessions force row level security;

-- Staff see their own sessions; staff admins see everyone's (oversight of who viewed whom).
create policy impersonation_sessions_select_staff on public.impersonation_sessions
  for select to authenticated
  using (
    (staff_user_id = (select auth.uid()) and (select private.is_staff()))
    or (select private.staff_role()) = 'admin'
  );

create policy impersonation_sessions_insert_staff on public.impersonation_sessions
  for insert to authenticated
  with check (staff_user_id = (select auth.uid()) and (select private.is_staff()));

-- Ending a session (setting ended_at) is the only update the trigger allows. Sessions are never deleted.
create policy impersonation_sessions_update_staff on public.impersonation_sessions
  for update to authenticated
  using (staff_user_id = (select auth.uid()) and (select private.is_staff()))
  with check (staff_user_id = (select auth.uid()) and (select private.is_staff()));
