-- The agency admin's staff page: staff admins manage the staff list (add with a role, change a role, remove)
-- under row-level security, and every action on a user account taken through the Auth admin API (inviting
-- staff, a password reset, a ban or its lifting) is recorded with its reason in user_admin_actions. Both tables
-- are audited; their trail is staff-only (private.audit_visible_to_clients does not list them).

-- Staff admins write public.staff; nobody changes their own row (no self-promotion, no locking oneself out)
-- and the agency always keeps one admin.
grant insert (user_id, role), update (role), delete on public.staff to authenticated;

create policy staff_insert_staff_admin on public.staff
  for insert to authenticated
  with check ((select private.staff_role()) = 'admin');

create policy staff_update_staff_admin on public.staff
  for update to authenticated
  using ((select private.staff_role()) = 'admin')
  with check ((select private.staff_role()) = 'admin');

create policy staff_delete_staff_admin on public.staff
  for delete to authenticated
  using ((select private.staff_role()) = 'admin');

create function private.protect_staff() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if private.is_service_request() then
    return case when tg_op = 'DELETE' then old else new end;
  end if;
  if tg_op <> 'INSERT' and old.user_id = (select auth.uid()) then
    raise exception 'staff_refused:self' using errcode = 'insufficient_privilege';
  end if;
  if tg_op <> 'INSERT' and old.role = 'admin' and (tg_op = 'DELETE' or new.role <> 'admin') then
    -- Under a lock on every admin row, so two admins demoting each other cannot both pass.
    perform 1 from public.staff s where s.role = 'admin' for update;
    if (select count(*) from public.staff s where s.role = 'admin' and s.user_id <> old.user_id) = 0 then
      raise exception 'staff_refused:last_admin' using errcode = 'insufficient_privilege';
    end if;
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end
$$;

revoke execute on function private.protect_staff() from public;

create trigger protect_staff before insert or update or delete on public.staff
  for each row execute function private.protect_staff();
create trigger audit_row_change after insert or update or delete on public.staff
  for each row execute function private.audit_row_change();

-- What staff admins did to user accounts through the Auth admin API, and why. Written by the staff admin in
-- their own name, read by staff admins, never changed.
create table public.user_admin_actions (
  id uuid primary key default gen_random_uuid(),
  staff_user_id uuid default auth.uid() references auth.users (id) on delete set null,
  target_user_id uuid references auth.users (id) on delete set null,
  target_email text not null check (char_length(target_email) between 3 and 320),
  action text not null check (action in ('invite_staff', 'password_reset', 'ban', 'unban')),
  reason text not null check (char_length(btrim(reason)) >= 10),
  created_at timestamptz not null default now()
);

create index user_admin_actions_staff_user_id_idx on public.user_admin_actions (staff_user_id, created_at);
create index user_admin_actions_target_user_id_idx on public.user_admin_actions (target_user_id, created_at);

alter table public.user_admin_actions enable row level security;
alter table public.user_admin_actions force row level security;

revoke all on public.user_admin_actions from anon, authenticated;
grant select, insert (target_user_id, target_email, action, reason) on public.user_admin_actions to authenticated;

create policy user_admin_actions_select_staff_admin on public.user_admin_actions
  for select to authenticated
  using ((select private.staff_role()) = 'admin');

create policy user_admin_actions_insert_staff_admin on public.user_admin_actions
  for insert to authenticated
  with check (staff_user_id = (select auth.uid()) and (select private.staff_role()) = 'admin');

create trigger audit_row_change after insert or update or delete on public.user_admin_actions
  for each row execute function private.audit_row_change();

-- The staff list with each member's email (in auth.users, which no API role reads), for staff.
create function public.staff_directory()
returns table (user_id uuid, email text, full_name text, role text, created_at timestamptz)
language sql stable security definer
set search_path = ''
as $$
  select s.user_id, u.email::text, p.full_name, s.role, s.created_at
  from public.staff s
  join auth.users u on u.id = s.user_id
  left join public.profiles p on p.id = s.user_id
  where (select private.is_staff())
  order by p.full_name nulls last, u.email
$$;

-- A user account by exact email (case-insensitive), for staff admins: whether it is banned, when it last
-- signed in, whether it is staff, and the organizations it belongs to.
create function public.find_user_by_email(p_email text)
returns table (
  user_id uuid, email text, full_name text, created_at timestamptz, last_sign_in_at timestamptz,
  banned_until timestamptz, is_staff boolean, organizations text[]
)
language sql stable security definer
set search_path = ''
as $$
  select u.id, u.email::text, p.full_name, u.created_at, u.last_sign_in_at, u.banned_until,
    exists (select 1 from public.staff s where s.user_id = u.id),
    array(select o.slug from public.memberships m join public.organizations o on o.id = m.org_id
          where m.user_id = u.id and m.status = 'accepted' order by o.slug)
  from auth.users u
  left join public.profiles p on p.id = u.id
  where lower(u.email) = lower(btrim(p_email)) and (select private.staff_role()) = 'admin'
$$;

revoke execute on function public.staff_directory(), public.find_user_by_email(text) from public, anon;
grant execute on function public.staff_directory(), public.find_user_by_email(text) to authenticated, service_role;
