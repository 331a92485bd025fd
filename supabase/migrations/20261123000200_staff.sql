-- Agency staff. Membership here is what makes someone staff; it is never derived from user-editable
-- metadata. Only the service role (jobs, seed, the agency's own tooling) writes it.
create table public.staff (
  user_id uuid primary key references auth.users (id) on delete cascade,
  role text not null check (role in ('admin', 'developer')),
  created_at timestamptz not null default now()
);

alter table public.staff enable row level security;
alter table public.staff force row level security;

-- security definer so the policy on staff itself can ask "is the caller staff?" without recursing.
-- PL/pgSQL, like every helper policies call, so its plan is kept instead of re-planned per statement.
create function private.is_staff() returns boolean
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return exists (select 1 from public.staff s where s.user_id = (select auth.uid()));
end
$$;
grant execute on function private.is_staff() to authenticated, service_role;

create policy staff_select_self_or_staff on public.staff
  for select to authenticated
  using (user_id = (select auth.uid()) or (select private.is_staff()));

revoke insert, update, delete on public.staff from anon, authenticated;
