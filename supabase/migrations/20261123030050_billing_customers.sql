-- The Stripe customer of an organization. Stripe is the source of truth; this mirror is written only by
-- the stripe-webhook function (service role). Owners and admins read their own, staff read all.
create table public.billing_customers (
  -- Its own id (rather than org_id as the key) so audit entries name the row like every other table's.
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  stripe_customer_id text not null check (stripe_customer_id like 'cus\_%'),
  email text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create unique index billing_customers_org_id_key on public.billing_customers (org_id);
create unique index billing_customers_stripe_customer_id_key on public.billing_customers (stripe_customer_id);

alter table public.billing_customers enable row level security;
alter table public.billing_customers force row level security;

create policy billing_customers_select_admin_or_staff on public.billing_customers
  for select to authenticated
  using (org_id = any ((select private.admin_org_ids())::uuid[]) or (select private.is_staff()));

revoke all on public.billing_customers from anon, authenticated;
grant select on public.billing_customers to authenticated;

create trigger set_updated_at before update on public.billing_customers
  for each row execute function private.set_updated_at();
create trigger guard_write before insert or update or delete on public.billing_customers
  for each row execute function private.guard_write();
create trigger audit_row_change after insert or update or delete on public.billing_customers
  for each row execute function private.audit_row_change();
