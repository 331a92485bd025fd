-- Every email the app sends (welcome, nurture, reports, notifications) is queued here first and sent by a
-- job through the provider, so a retried job never sends twice: the idempotency key is unique
-- (e.g. `nurture:<lead id>:<step>`). Staff read it to diagnose delivery; only the service role writes.
create table public.email_outbox (
  id uuid primary key default gen_random_uuid(),
  -- Null for funnel emails to leads, which belong to no organization yet.
  org_id uuid references public.organizations (id) on delete set null,
  to_email text not null check (char_length(to_email) <= 320 and to_email like '%_@_%'),
  template text not null,
  locale text not null default 'pt-BR' check (locale in ('pt-BR', 'en')),
  payload jsonb not null default '{}'::jsonb,
  idempotency_key text not null,
  status text not null default 'queued' check (status in ('queued', 'sent', 'failed')),
  provider_id text,
  attempts integer not null default 0 check (attempts >= 0),
  last_error text,
  send_after timestamptz not null default now(),
  sent_at timestamptz,
  created_at timestamptz not null default now(),
  constraint email_outbox_sent_has_time check ((status = 'sent') = (sent_at is not null))
);

create unique index email_outbox_idempotency_key_key on public.email_outbox (idempotency_key);
create index email_outbox_org_id_idx on public.email_outbox (org_id);
-- The sender's poll: queued emails that are due.
create index email_outbox_queued_send_after_idx on public.email_outbox (send_after) where status = 'queued';

alter table public.email_outbox enable row level security;
alter table public.email_outbox force row level security;

create policy email_outbox_select_staff on public.email_outbox
  for select to authenticated
  using ((select private.is_staff()));

revoke all on public.email_outbox from anon, authenticated;
grant select on public.email_outbox to authenticated;

-- No impersonation guard or audit trigger: this is not tenant-owned data (org_id is optional), no user
-- request can write it, and the table is itself the log of what was sent.
