-- Columns a user must not change directly even where a policy lets them update the row: an organization's tier
-- (it follows the subscription) and a member's role (ownership). Triggers, because policies cannot compare
-- the old and new values of a column.

-- The caller's role in an organization (accepted memberships only). Only the triggers below use it.
create function private.org_role(org uuid) returns text
language sql stable security definer
set search_path = ''
as $$
  select m.role from public.memberships m
  where m.org_id = org and m.user_id = (select auth.uid()) and m.status = 'accepted'
$$;

-- Only the billing side (service role) and staff admins move an organization between tiers.
create function private.protect_tier() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if new.tier is distinct from old.tier
     and not (private.is_service_request() or private.staff_role() is not distinct from 'admin') then
    raise exception 'protected_column:tier' using errcode = 'insufficient_privilege';
  end if;
  return new;
end
$$;

create trigger protect_tier before update of tier on public.organizations
  for each row execute function private.protect_tier();

-- Roles and ownership: only an owner grants, changes or removes the owner/admin roles; admins manage plain
-- members; a user may accept or leave their own membership; an organization never loses its last owner
-- (checked under a lock on the organization, so two owners demoting each other cannot both succeed).
create function private.protect_membership() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  member public.memberships := case when tg_op = 'DELETE' then old else new end;
begin
  if tg_op = 'UPDATE' and (new.org_id <> old.org_id or new.user_id <> old.user_id) then
    raise exception 'protected_column:membership' using errcode = 'insufficient_privilege';
  end if;

  if not private.is_service_request() and private.org_role(member.org_id) is distinct from 'owner' then
    if tg_op = 'INSERT' then
      -- A user's own membership is only ever inserted by create_organization or accept_invitation: the
      -- insert policy admits admins alone, and an admin already has a membership in that organization.
      if new.user_id <> caller and new.role <> 'member' then
        raise exception 'protected_column:role' using errcode = 'insufficient_privilege';
      end if;
    elsif tg_op = 'UPDATE' then
      if new.role <> old.role or (old.user_id <> caller and old.role <> 'member') then
        raise exception 'protected_column:role' using errcode = 'insufficient_privilege';
      end if;
      if old.user_id = caller and new.status <> old.status and new.status <> 'accepted' then
        raise exception 'protected_column:status' using errcode = 'insufficient_privilege';
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

create trigger protect_role before insert or update or delete on public.memberships
  for each row execute function private.protect_membership();

revoke execute on function private.org_role(uuid), private.protect_tier(), private.protect_membership() from public;
