-- What the stripe-webhook function made of each event, next to `error` (why it failed, kept until a retry or a
-- replay succeeds): 'applied', 'stale' (a newer state was already stored) or 'ignored: <reason>' (an unknown
-- customer or organization, an invoice outside subscriptions), so staff can tell a skipped event from a lost one.
alter table public.stripe_events add column outcome text;
