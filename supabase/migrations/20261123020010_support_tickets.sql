-- Support tickets. Members open tickets for their organization (counted against the monthly allowance, with
-- the plan's first-response SLA stamped at creation); staff work the queue and may change anything. A client
-- changes a ticket only to close it or to reopen a resolved/closed one, and only as its creator or an
-- owner/admin of the organization: everything else about a ticket is the agency's to decide.
create table public.support_tickets (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  project_id uuid,
  -- Per organization (#1, #2, …), assigned by prepare_ticket.
  number integer not null,
  subject text not null check (length(btrim(subject)) between 1 and 200),
  priority text not null default 'normal' check (priority in ('low', 'normal', 'high', 'urgent')),
  status text not null default 'open'
    check (status in ('open', 'in_progress', 'waiting_client', 'resolved', 'closed')),
  category text,
  created_by uuid default auth.uid() references auth.users (id) on delete set null,
  assignee_id uuid references public.staff (user_id) on delete set null,
  -- null: the plan promises no first-response time.
  sla_hours integer check (sla_hours > 0),
  first_response_at timestamptz,
  resolved_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- A ticket outlives its project.
  constraint support_tickets_project_fkey foreign key (project_id, org_id)
    references public.projects (id, org_id) on delete set null (project_id)
);

create unique index support_tickets_org_id_number_idx on public.support_tickets (org_id, number);
create unique index support_tickets_id_org_id_idx on public.support_tickets (id, org_id);
create index support_tickets_project_id_org_id_idx on public.support_tickets (project_id, org_id);
create index support_tickets_created_by_idx on public.support_tickets (created_by);
create index support_tickets_assignee_id_idx on public.support_tickets (assignee_id);
-- The agency's queue: unresolved tickets across every organization, oldest first.
create index support_tickets_open_created_at_idx on public.support_tickets (created_at)
  where status in ('open', 'in_progress', 'waiting_client');

alter table public.support_tickets enable row level security;
alter table public.support_tickets force row level security;
revoke all on public.support_tickets from anon;

create policy support_tickets_select_member_or_staff on public.support_tickets
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));
-- A member's new ticket starts untouched by the agency: open, unassigned, unanswered.
create policy support_tickets_insert_member_or_staff on public.support_tickets
  for insert to authenticated
  with check (
    (select private.is_staff())
    or (
      org_id = any ((select private.member_org_ids())::uuid[])
      and created_by = (select auth.uid())
      and status = 'open'
      and assignee_id is null
      and first_response_at is null
      and resolved_at is null
    )
  );
-- Which changes a client may make is checked by prepare_ticket_update; the policy says on which tickets.
create policy support_tickets_update_client_or_staff on public.support_tickets
  for update to authenticated
  using (
    (select private.is_staff())
    or org_id = any ((select private.admin_org_ids())::uuid[])
    or (org_id = any ((select private.member_org_ids())::uuid[]) and created_by = (select auth.uid()))
  )
  with check ((select private.is_staff()) or org_id = any ((select private.member_org_ids())::uuid[]));
create policy support_tickets_delete_staff on public.support_tickets
  for delete to authenticated
  using ((select private.is_staff()));

-- The last ticket number of each organization. A counter rather than max(number) + 1, so a deleted ticket's
-- number is never handed out again; its row lock serializes concurrent tickets of one organization. Private:
-- only prepare_ticket reads or writes it.
create table private.ticket_numbers (
  org_id uuid primary key references public.organizations (id) on delete cascade,
  last_number integer not null
);

-- Security definer: the counter and the organization's plan are read whatever the caller may see.
create function private.prepare_ticket() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into private.ticket_numbers as n (org_id, last_number) values (new.org_id, 1)
    on conflict (org_id) do update set last_number = n.last_number + 1
    returning n.last_number into new.number;
  select p.sla_first_response_hours into new.sla_hours
    from public.organizations o
    join public.plans p on p.key = o.tier
    where o.id = new.org_id;
  -- Imported or seeded history may arrive already resolved.
  if new.status in ('resolved', 'closed') then
    new.resolved_at := coalesce(new.resolved_at, now());
  end if;
  return new;
end;
$$;

-- Signed-in clients may only close, or reopen what was resolved or closed; staff and requests without a user
-- (jobs, the service role) may change anything.
create function private.prepare_ticket_update() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if auth.uid() is not null and not private.is_staff() then
    if to_jsonb(new) - 'status' - 'updated_at' is distinct from to_jsonb(old) - 'status' - 'updated_at'
      or not (new.status = 'closed' or (new.status = 'open' and old.status in ('resolved', 'closed'))) then
      raise exception 'ticket_change_not_allowed: clients may only close or reopen a ticket'
        using errcode = 'insufficient_privilege';
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

-- Trigger functions only: nobody calls them directly.
revoke execute on function private.prepare_ticket(), private.prepare_ticket_update() from public;

create trigger guard_write before insert or update or delete on public.support_tickets
  for each row execute function private.guard_write();
create trigger prepare_ticket before insert on public.support_tickets
  for each row execute function private.prepare_ticket();
create trigger prepare_ticket_update before update on public.support_tickets
  for each row execute function private.prepare_ticket_update();
create trigger audit_row_change after insert or update or delete on public.support_tickets
  for each row execute function private.audit_row_change();
create trigger limit_tickets after insert on public.support_tickets
  for each row execute function private.enforce_limit_trigger('tickets_per_month');
