-- Checkout creates an organization's Stripe customer once, on the first upgrade, while an owner or admin waits:
-- this records it for them (the table is otherwise written by the service role only) and answers the customer
-- the organization has, so when two upgrades race, both go on with the first one recorded.
create function public.record_billing_customer(p_org_id uuid, p_stripe_customer_id text) returns text
language plpgsql security definer
set search_path = ''
as $$
declare
  stored text;
begin
  if not (p_org_id = any ((select private.admin_org_ids())::uuid[])) then
    raise exception 'forbidden: billing belongs to owners and admins' using errcode = 'insufficient_privilege';
  end if;
  insert into public.billing_customers (org_id, stripe_customer_id)
  values (p_org_id, p_stripe_customer_id)
  on conflict (org_id) do nothing;
  select c.stripe_customer_id into stored from public.billing_customers c where c.org_id = p_org_id;
  return stored;
end
$$;

revoke execute on function public.record_billing_customer(uuid, text) from public, anon;
grant execute on function public.record_billing_customer(uuid, text) to authenticated;
