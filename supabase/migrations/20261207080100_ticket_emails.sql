-- The support ticket notifications, queued like the invitation email: in the transaction of the change that
-- causes them (a rolled-back reply, resolution or ticket sends nothing), keyed so a retried sender delivers
-- each once, carrying only ids. The sender re-reads the rows and renders the email at send time, and drops it
-- if what it announces is gone by then.
--
-- Writes without an end user (the seed, imports of history, the agency's tooling on the service role) queue
-- none of them: replaying a conversation into the database must not email its participants. Every function
-- is security definer: the caller may not read auth.users, public.staff or another member's membership, nor
-- write the outbox.

-- 1. The agency's public reply, to the client who opened the ticket. Staff names stay out of the email (the
-- dashboard shows clients "the agency team"), so the payload names the message only. Nobody is told when the
-- creator has left the organization (or was never a member: a ticket a staff member opened for the client).
create function private.queue_ticket_reply_email() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if new.is_internal or private.is_service_request()
    or not exists (select 1 from public.staff s where s.user_id = new.author_id) then
    return null;
  end if;
  insert into public.email_outbox (org_id, to_email, template, locale, payload, idempotency_key)
  select t.org_id, u.email::text, 'ticket-reply', o.locale,
    jsonb_build_object('ticketId', t.id, 'messageId', new.id), 'ticket-reply:' || new.id
  from public.support_tickets t
  join public.organizations o on o.id = t.org_id
  join public.memberships m on m.org_id = t.org_id and m.user_id = t.created_by and m.status = 'accepted'
  join auth.users u on u.id = t.created_by
  where t.id = new.ticket_id and t.org_id = new.org_id and u.email is not null
  on conflict (idempotency_key) do nothing;
  return null;
end
$$;

-- 2. The ticket was resolved (from any other status), to its creator, with the 14-day reopening window. The
-- key carries the resolution time, so a ticket reopened and resolved again is announced again (the before
-- trigger prepare_ticket_update has stamped resolved_at by the time this runs).
create function private.queue_ticket_resolved_email() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  resolved_epoch bigint := floor(extract(epoch from new.resolved_at))::bigint;
begin
  if private.is_service_request() or new.resolved_at is null then
    return null;
  end if;
  insert into public.email_outbox (org_id, to_email, template, locale, payload, idempotency_key)
  select new.org_id, u.email::text, 'ticket-resolved', o.locale,
    jsonb_build_object('ticketId', new.id, 'resolvedAt', resolved_epoch),
    'ticket-resolved:' || new.id || ':' || resolved_epoch
  from public.organizations o
  join public.memberships m on m.org_id = o.id and m.user_id = new.created_by and m.status = 'accepted'
  join auth.users u on u.id = new.created_by
  where o.id = new.org_id and u.email is not null
  on conflict (idempotency_key) do nothing;
  return null;
end
$$;

-- 3. A client's new ticket, to every staff member, each in the language of their profile. Queued by the
-- ticket's insert rather than by its first message: create-ticket writes both in one transaction, but a ticket
-- opened through the Data API may come without a message, and the agency must hear of it all the same. The
-- description still reaches the email: the sender reads the ticket's first client message at send time, after
-- the transaction that wrote both has committed. Tickets staff open on a client's behalf queue nothing.
create function private.queue_ticket_new_email() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if private.is_service_request() or private.is_staff() then
    return null;
  end if;
  insert into public.email_outbox (org_id, to_email, template, locale, payload, idempotency_key)
  select new.org_id, u.email::text, 'ticket-new', coalesce(p.locale, 'pt-BR'),
    jsonb_build_object('ticketId', new.id, 'staffUserId', s.user_id),
    'ticket-new:' || new.id || ':' || s.user_id
  from public.staff s
  join auth.users u on u.id = s.user_id
  left join public.profiles p on p.id = s.user_id
  where u.email is not null
  on conflict (idempotency_key) do nothing;
  return null;
end
$$;

-- Trigger functions only: nobody calls them directly.
revoke execute on function private.queue_ticket_reply_email(), private.queue_ticket_resolved_email(),
  private.queue_ticket_new_email() from public;

create trigger queue_ticket_reply_email after insert on public.ticket_messages
  for each row execute function private.queue_ticket_reply_email();
create trigger queue_ticket_resolved_email after update of status on public.support_tickets
  for each row when (new.status = 'resolved' and old.status is distinct from 'resolved')
  execute function private.queue_ticket_resolved_email();
create trigger queue_ticket_new_email after insert on public.support_tickets
  for each row execute function private.queue_ticket_new_email();
