-- An invitation's email is queued in the transaction that creates the invitation, so no invitation is left
-- without its email and no email announces an invitation that was rolled back (refused by the seat limit, or
-- a resend whose new invitation failed). The email goes out in the organization's language; the sender
-- builds the link at send time from the invitation id (only the token's sha256 is stored) and drops the
-- email if the invitation was revoked, replaced, accepted or has lapsed by then.
--
-- Invitations written without an end user (the seed, imports, the agency's tooling on the service role)
-- record or send their own emails, so they queue nothing here.
create function private.queue_invitation_email() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if private.is_service_request() then
    return null;
  end if;
  insert into public.email_outbox (org_id, to_email, template, locale, payload, idempotency_key)
  select new.org_id, new.email::text, 'invitation', o.locale,
    jsonb_build_object('invitationId', new.id, 'role', new.role), 'invitation:' || new.id
  from public.organizations o
  where o.id = new.org_id
  on conflict (idempotency_key) do nothing;
  return null;
end
$$;

revoke execute on function private.queue_invitation_email() from public;

create trigger queue_invitation_email after insert on public.invitations
  for each row execute function private.queue_invitation_email();
