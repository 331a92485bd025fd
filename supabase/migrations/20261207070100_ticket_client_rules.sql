-- Client rules of the ticket conversation, held by the database so the Data API cannot skip them:
--   * a client reopens a resolved or closed ticket within 14 days of its resolution; after that they open a
--     new one (an old ticket reopened months later would restart an SLA nobody can meet);
--   * a client's message on a resolved or closed ticket is refused (reopen it first), so a reply never sits
--     unseen on a finished ticket;
--   * a client's reply to a ticket waiting on them hands it back to the agency (status open); handing it back
--     is also the one status change besides closing and reopening that a client may make directly.

create or replace function private.prepare_ticket_update() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if auth.uid() is not null and not private.is_staff() then
    if to_jsonb(new) - 'status' - 'updated_at' is distinct from to_jsonb(old) - 'status' - 'updated_at'
      or not (new.status = 'closed' or (new.status = 'open' and old.status in ('resolved', 'closed', 'waiting_client')))
    then
      raise exception 'ticket_change_not_allowed: clients may only close or reopen a ticket'
        using errcode = 'insufficient_privilege';
    end if;
    if new.status = 'open' and old.status in ('resolved', 'closed') and old.resolved_at < now() - interval '14 days' then
      raise exception 'reopen_expired' using errcode = 'check_violation';
    end if;
  end if;
  if new.status in ('resolved', 'closed') then
    new.resolved_at := coalesce(new.resolved_at, now());
  else
    new.resolved_at := null;
  end if;
  new.updated_at := now();
  return new;
end;
$$;

-- Security definer: the ticket's status is read and changed whatever the client may update on it.
create function private.apply_client_message() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  ticket_status text;
begin
  if auth.uid() is null or private.is_staff() or new.is_internal then
    return new;
  end if;
  select t.status into ticket_status from public.support_tickets t
    where t.id = new.ticket_id and t.org_id = new.org_id
    for update;
  if ticket_status in ('resolved', 'closed') then
    raise exception 'ticket_closed' using errcode = 'check_violation';
  end if;
  if ticket_status = 'waiting_client' then
    update public.support_tickets t set status = 'open' where t.id = new.ticket_id;
  end if;
  return new;
end;
$$;

revoke execute on function private.apply_client_message() from public;

create trigger apply_client_message before insert on public.ticket_messages
  for each row execute function private.apply_client_message();
