-- Invitations by email to join an organization. The emailed token is stored only as its SHA-256, so a leaked
-- table does not leak usable links. A pending invitation holds a seat (it counts towards team_members).
create table public.invitations (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  email extensions.citext not null check (email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
  -- Ownership is transferred between members, never granted by invitation.
  role text not null default 'member' check (role in ('admin', 'member')),
  token_hash text not null check (token_hash ~ '^[0-9a-f]{64}$'),
  invited_by uuid default auth.uid() references auth.users (id) on delete set null,
  expires_at timestamptz not null default now() + interval '7 days',
  accepted_at timestamptz,
  created_at timestamptz not null default now()
);

create unique index invitations_token_hash_idx on public.invitations (token_hash);
create index invitations_org_id_idx on public.invitations (org_id);
create index invitations_invited_by_idx on public.invitations (invited_by);
-- One open invitation per address and organization: resending replaces the token and expiry.
create unique index invitations_org_id_email_idx on public.invitations (org_id, email) where accepted_at is null;

alter table public.invitations enable row level security;
alter table public.invitations force row level security;

-- Invitations carry outsiders' email addresses: visible to the organization's admins and staff only.
create policy invitations_select_admin_or_staff on public.invitations
  for select to authenticated
  using (org_id = any ((select private.admin_org_ids())::uuid[]) or (select private.is_staff()));

create policy invitations_insert_admin on public.invitations
  for insert to authenticated
  with check (org_id = any ((select private.admin_org_ids())::uuid[]) and invited_by = (select auth.uid()));

create policy invitations_update_admin on public.invitations
  for update to authenticated
  using (org_id = any ((select private.admin_org_ids())::uuid[]))
  with check (org_id = any ((select private.admin_org_ids())::uuid[]));

create policy invitations_delete_admin on public.invitations
  for delete to authenticated
  using (org_id = any ((select private.admin_org_ids())::uuid[]));

-- As for memberships: only an owner brings someone in as an admin.
create function private.protect_invitation_role() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if new.role <> 'member' and (tg_op = 'INSERT' or new.role <> old.role)
     and not private.is_service_request() and private.org_role(new.org_id) is distinct from 'owner' then
    raise exception 'protected_column:role' using errcode = 'insufficient_privilege';
  end if;
  return new;
end
$$;

create trigger protect_role before insert or update on public.invitations
  for each row execute function private.protect_invitation_role();
revoke execute on function private.protect_invitation_role() from public;

-- The invitee accepts with the token from the email. Under row-level security they cannot insert their own
-- membership (only admins add members), so this narrow function does it for exactly the invitation the token
-- names. Returns the organization joined, or null when the token is unknown, used or expired.
create function public.accept_invitation(token text) returns uuid
language plpgsql security definer
set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  invitation public.invitations;
begin
  if caller is null then
    raise exception 'not_authenticated' using errcode = 'insufficient_privilege';
  end if;
  select * into invitation from public.invitations i
  where i.token_hash = encode(sha256(convert_to(token, 'UTF8')), 'hex')
    and i.accepted_at is null and i.expires_at > now()
  for update;
  if not found then
    return null;
  end if;
  -- Accepted first, so the seat it held is not counted twice when the membership below is limit-checked.
  update public.invitations set accepted_at = now() where id = invitation.id;
  insert into public.memberships (org_id, user_id, role, status)
  values (invitation.org_id, caller, invitation.role, 'accepted')
  on conflict (org_id, user_id) do nothing;
  return invitation.org_id;
end
$$;

revoke execute on function public.accept_invitation(text) from public, anon;
grant execute on function public.accept_invitation(text) to authenticated;
