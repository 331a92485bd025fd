-- Agency staff reach every client's data, so their requests must have passed a second factor: the staff
-- helpers answer for a request only when its JWT says `aal: aal2` (Supabase Auth sets it after a verified
-- TOTP challenge). A staff member signed in with a password alone is, for RLS, nobody special; the app sends
-- them to the second step first. Same signatures, grants and security as before.
create or replace function private.is_staff() returns boolean
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return (select auth.jwt() ->> 'aal') = 'aal2'
    and exists (select 1 from public.staff s where s.user_id = (select auth.uid()));
end
$$;

-- Staff admins change commercial data (tiers, plans, overrides): the same second factor applies.
create or replace function private.staff_role() returns text
language plpgsql stable security definer
set search_path = ''
as $$
begin
  if (select auth.jwt() ->> 'aal') is distinct from 'aal2' then
    return null;
  end if;
  return (select s.role from public.staff s where s.user_id = (select auth.uid()));
end
$$;
