-- The client's domains: registration, DNS and SSL, kept by the agency and read by the client's members.
create table public.domains (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  name extensions.citext not null check (name ~* '^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$'),
  status text not null default 'pending' check (status in ('active', 'pending', 'expired', 'transferring')),
  registrar text,
  nameservers text[] not null default '{}',
  -- An array of {type, name, value, ttl}; checked here because the DNS screen renders it without guards.
  dns_records jsonb not null default '[]'::jsonb
    constraint domains_dns_records_check check (
      jsonb_typeof(dns_records) = 'array'
      and not jsonb_path_exists(dns_records, '$[*] ? (@.type() != "object"
        || !exists(@.type) || !(@.type like_regex "^(A|AAAA|CAA|CNAME|MX|NS|SRV|TXT)$")
        || !exists(@.name) || @.name.type() != "string"
        || !exists(@.value) || @.value.type() != "string"
        || !exists(@.ttl) || @.ttl.type() != "number")')
    ),
  ssl_status text not null default 'none' check (ssl_status in ('valid', 'expiring', 'expired', 'none')),
  ssl_provider text,
  ssl_expires_at timestamptz,
  registered_at timestamptz,
  renews_at timestamptz,
  auto_renew boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- Case-insensitive through citext: one organization cannot hold Example.com and example.com.
create unique index domains_org_id_name_idx on public.domains (org_id, name);
-- The renewal and SSL-expiry reminders scan by date across every organization.
create index domains_renews_at_idx on public.domains (renews_at);
create index domains_ssl_expires_at_idx on public.domains (ssl_expires_at);

alter table public.domains enable row level security;
alter table public.domains force row level security;
revoke all on public.domains from anon;

create policy domains_select_member_or_staff on public.domains
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));
create policy domains_insert_staff on public.domains
  for insert to authenticated
  with check ((select private.is_staff()));
create policy domains_update_staff on public.domains
  for update to authenticated
  using ((select private.is_staff()))
  with check ((select private.is_staff()));
create policy domains_delete_staff on public.domains
  for delete to authenticated
  using ((select private.is_staff()));

create trigger guard_write before insert or update or delete on public.domains
  for each row execute function private.guard_write();
create trigger set_updated_at before update on public.domains
  for each row execute function private.set_updated_at();
create trigger audit_row_change after insert or update or delete on public.domains
  for each row execute function private.audit_row_change();
-- After the insert, so row-level security has refused what the caller may not write and the new row counts.
create trigger limit_domains after insert on public.domains
  for each row execute function private.enforce_limit_trigger('domains');
