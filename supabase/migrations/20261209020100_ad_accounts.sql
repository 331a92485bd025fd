-- The ad accounts (Google Ads customers, Meta ad accounts) the agency connected for a client, which the
-- sync-campaigns job reads campaigns and daily results from. The credential (a Google OAuth refresh token, a
-- Meta system-user access token) is sealed by the app with the secret box (AES-256-GCM, bound to the
-- account's id and organization) before it reaches this table; the id of the key that sealed it is kept for
-- rotation. No API role may read the sealed credential: only jobs on the service role open it, and the
-- audit trail redacts it. Staff connect and disconnect accounts; a client's owners and admins see which are
-- connected and when they last synced.
create table public.ad_accounts (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  platform text not null check (platform in ('google_ads', 'meta_ads')),
  -- Google Ads: the 10-digit customer id; Meta: the ad account's number (without "act_").
  external_account_id text not null check (
    (platform = 'google_ads' and external_account_id ~ '^[0-9]{10}$')
    or (platform = 'meta_ads' and external_account_id ~ '^[0-9]{1,20}$')
  ),
  -- Google Ads only: the manager account the credential reaches the customer through (login-customer-id).
  login_customer_id text check (login_customer_id is null or (platform = 'google_ads' and login_customer_id ~ '^[0-9]{10}$')),
  display_name text not null check (char_length(btrim(display_name)) between 1 and 120),
  credential_sealed text not null check (char_length(credential_sealed) between 16 and 8192),
  credential_key_id text not null check (credential_key_id ~ '^[A-Za-z0-9_-]{1,32}$'),
  -- The credential's last four characters, so people can tell credentials apart without seeing them.
  credential_hint text not null check (char_length(credential_hint) between 1 and 4),
  status text not null default 'pending' check (status in ('pending', 'active', 'error')),
  last_synced_at timestamptz,
  last_error text check (last_error is null or char_length(last_error) <= 500),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create unique index ad_accounts_org_id_platform_external_account_id_idx
  on public.ad_accounts (org_id, platform, external_account_id);

alter table public.ad_accounts enable row level security;
alter table public.ad_accounts force row level security;
revoke all on public.ad_accounts from anon, authenticated;
-- Everything but the sealed credential; staff write the credential without ever reading it back.
grant select (id, org_id, platform, external_account_id, login_customer_id, display_name, credential_hint, status,
  last_synced_at, last_error, created_at, updated_at) on public.ad_accounts to authenticated;
grant insert (id, org_id, platform, external_account_id, login_customer_id, display_name, credential_sealed,
  credential_key_id, credential_hint) on public.ad_accounts to authenticated;
grant update (display_name, credential_sealed, credential_key_id, credential_hint, status, last_error)
  on public.ad_accounts to authenticated;
grant delete on public.ad_accounts to authenticated;

create policy ad_accounts_select_admin_or_staff on public.ad_accounts
  for select to authenticated
  using (org_id = any ((select private.admin_org_ids())::uuid[]) or (select private.is_staff()));
create policy ad_accounts_insert_staff on public.ad_accounts
  for insert to authenticated
  with check ((select private.is_staff()));
create policy ad_accounts_update_staff on public.ad_accounts
  for update to authenticated
  using ((select private.is_staff()))
  with check ((select private.is_staff()));
create policy ad_accounts_delete_staff on public.ad_accounts
  for delete to authenticated
  using ((select private.is_staff()));

create trigger guard_write before insert or update or delete on public.ad_accounts
  for each row execute function private.guard_write();
create trigger set_updated_at before update on public.ad_accounts
  for each row execute function private.set_updated_at();
create trigger audit_row_change after insert or update or delete on public.ad_accounts
  for each row execute function private.audit_row_change();
-- The plan's ad platforms, judged as for campaigns (the same function reads new.org_id and new.platform): an
-- organization connects only the platforms its plan includes, whoever asks, the service role included.
create trigger enforce_campaign_platform before insert or update of platform on public.ad_accounts
  for each row execute function private.enforce_campaign_platform();
