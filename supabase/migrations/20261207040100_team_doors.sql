-- The team pages' narrow doors: the invitation page (whoever holds the emailed link, signed in or not), the
-- invitee declining, and the team's email addresses (they live in auth.users, which no client reads). They
-- live in their own schema because PostgREST exposes only `public` (config.toml, [api] schemas): a function
-- here is reachable from the app server's database connection, never through /rest/v1/rpc with the anon key.
create schema if not exists team;
revoke all on schema team from public;
grant usage on schema team to anon, authenticated;

-- What the invitation page shows for a token: which organization invited which address, by whom, as what,
-- until when, and whether it is still open. An unknown token (never issued, revoked, or replaced by a resend)
-- returns no row. The address is returned only while the invitation is open: the link was emailed to it, and
-- the page prefills it for signing in; a used or lapsed link says only what happened. `for_caller` tells a
-- signed-in visitor whether the invitation is theirs (null for anonymous visitors), and `organization_slug`
-- is given only to a member of the organization (the invitee who already joined).
create function team.invitation_preview(p_token text)
returns table (
  organization_name text,
  organization_slug text,
  inviter_name text,
  email text,
  role text,
  expires_at timestamptz,
  state text,
  for_caller boolean
)
language sql stable security definer
set search_path = ''
as $$
  select o.name,
    case when o.id = any ((select private.member_org_ids())::uuid[]) then o.slug end,
    p.full_name,
    case when i.accepted_at is null and i.expires_at > now() then i.email::text end,
    i.role,
    i.expires_at,
    case when i.accepted_at is not null then 'accepted' when i.expires_at <= now() then 'expired' else 'pending' end,
    case when (select auth.uid()) is not null then exists (
      select 1 from auth.users u where u.id = (select auth.uid()) and lower(u.email) = lower(i.email::text)
    ) end
  from public.invitations i
  join public.organizations o on o.id = i.org_id
  left join public.profiles p on p.id = i.invited_by
  where char_length(p_token) between 16 and 256
    and i.token_hash = encode(pg_catalog.sha256(convert_to(p_token, 'UTF8')), 'hex')
$$;

-- The invitee turns the invitation down: it is deleted (the seat it held is free again). Only for the
-- signed-in user the invitation was sent to, like accepting; returns false when the token names no open
-- invitation (unknown, used, expired or revoked).
create function team.decline_invitation(p_token text) returns boolean
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  invitation public.invitations;
begin
  if caller is null then
    raise exception 'not_authenticated' using errcode = 'insufficient_privilege';
  end if;
  if p_token is null or char_length(p_token) not between 16 and 256 then
    return false;
  end if;
  select * into invitation from public.invitations i
  where i.token_hash = encode(pg_catalog.sha256(convert_to(p_token, 'UTF8')), 'hex')
    and i.accepted_at is null and i.expires_at > now()
  for update;
  if not found then
    return false;
  end if;
  if not exists (select 1 from auth.users u where u.id = caller and lower(u.email) = lower(invitation.email::text)) then
    raise exception 'invitation_for_another_email' using errcode = 'insufficient_privilege';
  end if;
  delete from public.invitations where id = invitation.id;
  return true;
end
$$;

-- The addresses of an organization's accepted members, for the team page: to its members (they already see
-- each other's profiles) and staff, and to nobody else. Another organization's id returns no rows.
create function team.member_emails(p_org uuid)
returns table (user_id uuid, email text)
language sql stable security definer
set search_path = ''
as $$
  select m.user_id, u.email::text
  from public.memberships m
  join auth.users u on u.id = m.user_id
  where m.org_id = p_org and m.status = 'accepted'
    and (p_org = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()))
$$;

revoke all on function team.invitation_preview(text), team.decline_invitation(text), team.member_emails(uuid)
  from public;
grant execute on function team.invitation_preview(text) to anon, authenticated;
grant execute on function team.decline_invitation(text), team.member_emails(uuid) to authenticated;

-- Only an owner brings someone in as an admin or withdraws an admin invitation, and the invitee may turn down
-- their own (team.decline_invitation is the only way they reach a delete: the delete policy admits admins).
create or replace function private.protect_invitation_role() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  invitation public.invitations := case when tg_op = 'DELETE' then old else new end;
begin
  if invitation.role <> 'member' and (tg_op <> 'UPDATE' or new.role <> old.role)
     and not private.is_service_request() and private.org_role(invitation.org_id) is distinct from 'owner'
     and not (tg_op = 'DELETE' and exists (
       select 1 from auth.users u where u.id = (select auth.uid()) and lower(u.email) = lower(old.email::text)
     )) then
    raise exception 'protected_column:role' using errcode = 'insufficient_privilege';
  end if;
  return invitation;
end
$$;
