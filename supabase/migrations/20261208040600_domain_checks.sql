-- What the daily domain check found for each domain: the nameservers and records its resolver answered, the
-- drift from the records the agency keeps in public.domains, and the certificate read from a TLS handshake.
-- One row per domain and day, so a repeated run writes nothing more; members read their organization's,
-- staff all; only the job writes.
create table public.domain_checks (
  id uuid primary key default gen_random_uuid(),
  domain_id uuid not null references public.domains (id) on delete cascade,
  org_id uuid not null references public.organizations (id) on delete cascade,
  checked_on date not null,
  checked_at timestamptz not null default now(),
  nameservers text[] not null default '{}',
  -- [{type, name, expected, actual: [..]}] for each expected record the resolver did not answer as kept.
  dns_drift jsonb not null default '[]'::jsonb check (jsonb_typeof(dns_drift) = 'array'),
  dns_error text check (dns_error is null or char_length(dns_error) <= 200),
  -- {issuer, subject, validFrom, validTo, names: [..], chain: [{subject, issuer, validTo}], authorized}
  certificate jsonb check (certificate is null or jsonb_typeof(certificate) = 'object'),
  tls_error text check (tls_error is null or char_length(tls_error) <= 200)
);

create unique index domain_checks_domain_id_checked_on_idx on public.domain_checks (domain_id, checked_on);
create index domain_checks_org_id_idx on public.domain_checks (org_id);

alter table public.domain_checks enable row level security;
alter table public.domain_checks force row level security;
revoke all on public.domain_checks from anon, authenticated;
grant select on public.domain_checks to authenticated;

create policy domain_checks_select_member_or_staff on public.domain_checks
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));
