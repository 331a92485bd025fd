-- An organization's Stripe subscriptions, mirrored by the stripe-webhook function (service role only).
-- The organization's tier follows the live subscription's plan; that change is made by the webhook.
create table public.subscriptions (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  stripe_subscription_id text not null check (stripe_subscription_id like 'sub\_%'),
  plan_key text not null references public.plans (key),
  -- Stripe's subscription statuses, verbatim, so webhook payloads map without translation.
  status text not null check (
    status in ('incomplete', 'incomplete_expired', 'trialing', 'active', 'past_due', 'canceled', 'unpaid', 'paused')
  ),
  current_period_start timestamptz not null,
  current_period_end timestamptz not null,
  cancel_at_period_end boolean not null default false,
  canceled_at timestamptz,
  amount numeric not null check (amount >= 0),
  -- ISO 4217, upper case (Stripe sends lower case; the webhook normalizes).
  currency text not null check (currency ~ '^[A-Z]{3}$'),
  interval text not null check (interval in ('day', 'week', 'month', 'year')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint subscriptions_period_order check (current_period_end >= current_period_start)
);

create unique index subscriptions_stripe_subscription_id_key on public.subscriptions (stripe_subscription_id);
create index subscriptions_org_id_idx on public.subscriptions (org_id);
create index subscriptions_plan_key_idx on public.subscriptions (plan_key);

alter table public.subscriptions enable row level security;
alter table public.subscriptions force row level security;

create policy subscriptions_select_admin_or_staff on public.subscriptions
  for select to authenticated
  using (org_id = any ((select private.admin_org_ids())::uuid[]) or (select private.is_staff()));

revoke all on public.subscriptions from anon, authenticated;
grant select on public.subscriptions to authenticated;

create trigger set_updated_at before update on public.subscriptions
  for each row execute function private.set_updated_at();
create trigger guard_write before insert or update or delete on public.subscriptions
  for each row execute function private.guard_write();
create trigger audit_row_change after insert or update or delete on public.subscriptions
  for each row execute function private.audit_row_change();
