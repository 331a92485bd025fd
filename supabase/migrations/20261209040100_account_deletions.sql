-- LGPD art. 18 (erasure): a person deletes their account. The request waits 30 days (cancellable from the
-- account's privacy page, which the confirmation email links to), then the daily erase-deleted-accounts job
-- deletes the Auth user. What the law or the organizations need kept stays, without the person:
--   * memberships, profile, MFA factors, sessions and their own data exports go with the Auth user;
--   * tickets, ticket messages, files and folders they authored stay with their organization, author set
--     null (the foreign keys' `on delete set null`): the conversation remains, nobody is named;
--   * invoices and billing records are the organization's (Stripe, billing_customers), untouched;
--   * the audit log is append-only and keeps the bare user id, which no longer leads to anyone.
-- The row outlives the account (no foreign key) as the record that the erasure was asked for and done.
create table public.account_deletions (
  user_id uuid primary key,
  requested_at timestamptz not null default now(),
  erase_after timestamptz not null,
  cancelled_at timestamptz,
  erased_at timestamptz,
  constraint account_deletions_one_outcome check (cancelled_at is null or erased_at is null),
  constraint account_deletions_grace check (erase_after >= requested_at)
);

-- The daily job's scan: pending requests past their grace period.
create index account_deletions_due_idx on public.account_deletions (erase_after)
  where cancelled_at is null and erased_at is null;

alter table public.account_deletions enable row level security;
alter table public.account_deletions force row level security;

create policy account_deletions_select_own on public.account_deletions
  for select to authenticated
  using (user_id = (select auth.uid()));

revoke all on public.account_deletions from anon, authenticated;
grant select on public.account_deletions to authenticated;

create trigger guard_write before insert or update or delete on public.account_deletions
  for each row execute function private.guard_write();

-- The caller asks for their account's deletion, typing their email address to confirm. Refused while they are
-- the only owner of an organization (transfer ownership or delete it first) and under "view as". Queues the email with
-- the cancel link. Asking again after a cancellation starts a new grace period.
create function public.request_account_deletion(p_confirmation text) returns timestamptz
language plpgsql security definer
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  account auth.users;
  deletion public.account_deletions;
begin
  if uid is null then
    raise exception 'not_authenticated' using errcode = 'insufficient_privilege';
  end if;
  if auth.jwt() ?| array['impersonator', 'impersonation_session_id'] then
    raise exception 'impersonation_read_only' using errcode = 'insufficient_privilege';
  end if;
  select * into account from auth.users u where u.id = uid;
  if lower(btrim(coalesce(p_confirmation, ''))) is distinct from lower(account.email::text) then
    raise exception 'confirmation_mismatch: type your email address' using errcode = 'check_violation';
  end if;
  if private.sole_owned_org_ids(uid) <> '{}' then
    raise exception 'sole_owner' using errcode = 'P0001';
  end if;
  insert into public.account_deletions as d (user_id, requested_at, erase_after)
  values (uid, now(), now() + interval '30 days')
  on conflict (user_id) do update
    set requested_at = excluded.requested_at, erase_after = excluded.erase_after, cancelled_at = null
    where d.erased_at is null and d.cancelled_at is not null
  returning * into deletion;
  if deletion.user_id is null then
    -- Already pending: the same deadline, no second email.
    select * into deletion from public.account_deletions d where d.user_id = uid;
    return deletion.erase_after;
  end if;
  insert into public.email_outbox (to_email, template, locale, payload, idempotency_key)
  values (
    account.email::text,
    'account-deletion-requested',
    coalesce((select p.locale from public.profiles p where p.id = uid), 'pt-BR'),
    jsonb_build_object('userId', uid),
    'account-deletion-requested:' || uid::text || ':' || extract(epoch from deletion.requested_at)::bigint::text
  )
  on conflict (idempotency_key) do nothing;
  return deletion.erase_after;
end
$$;

-- The caller withdraws their pending deletion request. True when there was one to withdraw.
create function public.cancel_account_deletion() returns boolean
language plpgsql security definer
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
begin
  if uid is null then
    raise exception 'not_authenticated' using errcode = 'insufficient_privilege';
  end if;
  if auth.jwt() ?| array['impersonator', 'impersonation_session_id'] then
    raise exception 'impersonation_read_only' using errcode = 'insufficient_privilege';
  end if;
  update public.account_deletions d set cancelled_at = now()
  where d.user_id = uid and d.cancelled_at is null and d.erased_at is null;
  return found;
end
$$;

-- Organizations where the user is the only accepted owner: erasing them would leave the organization with
-- nobody to manage its team and billing, so they transfer ownership or delete the organization first.
create function private.sole_owned_org_ids(p_user_id uuid) returns uuid[]
language sql stable security definer
set search_path = ''
as $$
  select coalesce(array_agg(m.org_id), '{}')
  from public.memberships m
  where m.user_id = p_user_id and m.role = 'owner' and m.status = 'accepted'
    and not exists (
      select 1 from public.memberships o
      where o.org_id = m.org_id and o.user_id <> p_user_id and o.role = 'owner' and o.status = 'accepted'
    )
$$;

revoke execute on function public.request_account_deletion(text), public.cancel_account_deletion() from public, anon;
grant execute on function public.request_account_deletion(text), public.cancel_account_deletion() to authenticated;
revoke execute on function private.sole_owned_org_ids(uuid) from public;
grant execute on function private.sole_owned_org_ids(uuid) to service_role;
