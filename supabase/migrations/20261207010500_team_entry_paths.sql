-- Every way into an organization's team, closed to what the rules allow. A non-owner admin could rewrite an
-- owner's admin invitation (its token, its address, its acceptance) and so mint admins; admins could add a
-- membership for anyone's user id, mark it accepted for someone who never accepted, and read that stranger's
-- profile through it.

-- Invitations are immutable once sent: the emailed token, the address and the acceptance are facts, and
-- "resend" revokes the invitation and sends a new one. Only accept_invitation (as its owner) records an
-- acceptance, so nothing re-opens an accepted invitation.
drop policy invitations_update_admin on public.invitations;
revoke update on public.invitations from anon, authenticated;

-- Only an owner brings someone in as an admin, and only an owner withdraws an admin invitation.
create or replace function private.protect_invitation_role() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  invitation public.invitations := case when tg_op = 'DELETE' then old else new end;
begin
  if invitation.role <> 'member' and (tg_op <> 'UPDATE' or new.role <> old.role)
     and not private.is_service_request() and private.org_role(invitation.org_id) is distinct from 'owner' then
    raise exception 'protected_column:role' using errcode = 'insufficient_privilege';
  end if;
  return invitation;
end
$$;

drop trigger protect_role on public.invitations;
create trigger protect_role before insert or update or delete on public.invitations
  for each row execute function private.protect_invitation_role();

-- A membership is created by create_organization (the founder), accept_invitation (the invitee, by the token
-- emailed to them) or the service role; never inserted by a signed-in user directly.
drop policy memberships_insert_admin on public.memberships;
revoke insert on public.memberships from authenticated;

-- The invitation is for its address: the link forwarded to someone else does not let them in.
create or replace function public.accept_invitation(token text) returns uuid
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
  if not exists (select 1 from auth.users u where u.id = caller and lower(u.email) = lower(invitation.email::text)) then
    raise exception 'invitation_for_another_email' using errcode = 'insufficient_privilege';
  end if;
  -- Accepted first, so the seat it held is not counted twice when the membership below is limit-checked.
  update public.invitations set accepted_at = now() where id = invitation.id;
  insert into public.memberships (org_id, user_id, role, status)
  values (invitation.org_id, caller, invitation.role, 'accepted')
  on conflict (org_id, user_id) do nothing;
  return invitation.org_id;
end
$$;

-- Roles and ownership: only an owner grants, changes or removes the owner/admin roles; admins manage plain
-- members; only the user accepts their own membership (nobody accepts for them); an organization never loses
-- its last owner (checked under a lock on the organization, so two owners demoting each other cannot both
-- succeed).
create or replace function private.protect_membership() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  member public.memberships := case when tg_op = 'DELETE' then old else new end;
begin
  -- Inside the cascade of its organization's deletion (delete_organization) the organization is already gone:
  -- nothing is left to protect, and the owner's own row may go before the others.
  if tg_op = 'DELETE' and not exists (select 1 from public.organizations o where o.id = old.org_id) then
    return old;
  end if;

  if tg_op = 'UPDATE' and (new.org_id <> old.org_id or new.user_id <> old.user_id) then
    raise exception 'protected_column:membership' using errcode = 'insufficient_privilege';
  end if;

  if tg_op = 'UPDATE' and new.status <> old.status and not private.is_service_request()
     and (old.user_id <> caller or new.status <> 'accepted') then
    raise exception 'protected_column:status' using errcode = 'insufficient_privilege';
  end if;

  if not private.is_service_request() and private.org_role(member.org_id) is distinct from 'owner' then
    if tg_op = 'INSERT' then
      -- Reached only through create_organization and accept_invitation, which insert the caller's own row.
      if new.user_id <> caller and new.role <> 'member' then
        raise exception 'protected_column:role' using errcode = 'insufficient_privilege';
      end if;
    elsif tg_op = 'UPDATE' then
      if new.role <> old.role or (old.user_id <> caller and old.role <> 'member') then
        raise exception 'protected_column:role' using errcode = 'insufficient_privilege';
      end if;
    elsif old.user_id <> caller and old.role <> 'member' then
      raise exception 'protected_column:role' using errcode = 'insufficient_privilege';
    end if;
  end if;

  if tg_op <> 'INSERT' and old.role = 'owner' and old.status = 'accepted'
     and (tg_op = 'DELETE' or new.role <> 'owner' or new.status <> 'accepted') then
    -- The organization is gone when this runs inside its own cascading delete: nothing to protect then.
    perform 1 from public.organizations o where o.id = old.org_id for no key update;
    if found and not exists (
      select 1 from public.memberships m
      where m.org_id = old.org_id and m.id <> old.id and m.role = 'owner' and m.status = 'accepted'
    ) then
      raise exception 'last_owner' using errcode = 'insufficient_privilege';
    end if;
  end if;

  return member;
end
$$;

-- The people you work with are your organizations' accepted members, not whoever a pending row names.
drop policy profiles_select_self_team_or_staff on public.profiles;
create policy profiles_select_self_team_or_staff on public.profiles
  for select to authenticated
  using (
    id = (select auth.uid())
    or id in (
      select m.user_id from public.memberships m
      where m.org_id = any ((select private.member_org_ids())::uuid[]) and m.status = 'accepted'
    )
    or (select private.is_staff())
  );
