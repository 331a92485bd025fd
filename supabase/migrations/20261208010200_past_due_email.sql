-- A subscription that falls past due (Stripe could not charge the renewal and is retrying) is announced to
-- the organization's owners, queued in the transaction that wrote the status like every other email, keyed
-- by the subscription and its period so redeliveries and the reconciliation queue it once per failed renewal.
create function private.queue_past_due_email() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  period_epoch bigint := floor(extract(epoch from new.current_period_start))::bigint;
begin
  insert into public.email_outbox (org_id, to_email, template, locale, payload, idempotency_key)
  select new.org_id, u.email::text, 'billing-past-due', o.locale,
    jsonb_build_object('subscriptionId', new.id, 'userId', m.user_id),
    'billing-past-due:' || new.id || ':' || period_epoch || ':' || m.user_id
  from public.organizations o
  join public.memberships m on m.org_id = o.id and m.role = 'owner' and m.status = 'accepted'
  join auth.users u on u.id = m.user_id
  where o.id = new.org_id and u.email is not null
  on conflict (idempotency_key) do nothing;
  return null;
end
$$;

revoke execute on function private.queue_past_due_email() from public;

create trigger queue_past_due_email after insert or update of status on public.subscriptions
  for each row when (new.status = 'past_due')
  execute function private.queue_past_due_email();
