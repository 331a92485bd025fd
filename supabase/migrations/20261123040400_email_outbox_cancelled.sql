-- A nurture email queued for a lead who has since unsubscribed or signed up is not sent: the sender marks it
-- cancelled rather than failed, so the outbox tells a deliberate stop from a delivery problem.
alter table public.email_outbox drop constraint email_outbox_status_check;
alter table public.email_outbox add constraint email_outbox_status_check
  check (status in ('queued', 'sent', 'failed', 'cancelled'));
