-- Inviting someone who is already in the organization would hold a seat against team_members for nobody and
-- email a link that adds nothing: refused, whatever the address' case. Security definer: the inviting admin
-- cannot read other users' addresses in auth.users.
create function private.refuse_member_invitation() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if exists (
    select 1 from public.memberships m
    join auth.users u on u.id = m.user_id
    where m.org_id = new.org_id and lower(u.email) = lower(new.email::text)
  ) then
    raise exception 'already_member' using errcode = 'unique_violation';
  end if;
  return new;
end
$$;
revoke execute on function private.refuse_member_invitation() from public;

create trigger refuse_member_invitation before insert or update of email, org_id on public.invitations
  for each row execute function private.refuse_member_invitation();
