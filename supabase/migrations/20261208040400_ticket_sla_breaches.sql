-- Tickets whose first response came (or has not yet come) after the plan's SLA allowed, marked once by the
-- check-ticket-sla job: the row is the breach, so a job run twice cannot mark or announce it twice. Members
-- read their organization's (the dashboard's "within SLA" figure), staff read all; only the job writes.
create table public.ticket_sla_breaches (
  ticket_id uuid primary key,
  org_id uuid not null references public.organizations (id) on delete cascade,
  due_at timestamptz not null,
  breached_at timestamptz not null default now(),
  constraint ticket_sla_breaches_ticket_fkey foreign key (ticket_id, org_id)
    references public.support_tickets (id, org_id) on delete cascade
);

create index ticket_sla_breaches_ticket_id_org_id_idx on public.ticket_sla_breaches (ticket_id, org_id);
create index ticket_sla_breaches_org_id_idx on public.ticket_sla_breaches (org_id);

alter table public.ticket_sla_breaches enable row level security;
alter table public.ticket_sla_breaches force row level security;
revoke all on public.ticket_sla_breaches from anon, authenticated;
grant select on public.ticket_sla_breaches to authenticated;

create policy ticket_sla_breaches_select_member_or_staff on public.ticket_sla_breaches
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));
