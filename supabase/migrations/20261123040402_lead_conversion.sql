-- A lead who signs up with the same address has converted: nurturing stops (the daily job only mails leads
-- in `new`/`nurturing`, and the sender cancels what was already queued). Counted when the address is
-- confirmed, so an unconfirmed sign-up typed with someone else's address cannot silence their emails.
-- Triggered on auth.users, like the profile, so every sign-up path (password, OTP, OAuth, SSO, admin) counts.
create function private.convert_lead() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  -- The explicit citext operator: with an empty search_path a bare `=` would compare as case-sensitive text.
  update public.leads l
  set status = 'converted'
  where l.email operator(extensions.=) new.email::extensions.citext
    and l.status <> 'converted';
  return new;
end
$$;

revoke execute on function private.convert_lead() from public;

create trigger convert_lead_on_sign_up after insert on auth.users
  for each row when (new.email_confirmed_at is not null)
  execute function private.convert_lead();

create trigger convert_lead_on_email_confirmation after update of email_confirmed_at on auth.users
  for each row when (old.email_confirmed_at is null and new.email_confirmed_at is not null)
  execute function private.convert_lead();
