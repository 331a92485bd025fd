-- Funnel leads: one row per email address that left the analyzer (or another source) its consent.
-- Not tenant data: nobody but staff reads it, and only the service role (API route, nurture job) writes it.
create extension if not exists citext with schema extensions;

create table public.leads (
  id uuid primary key default gen_random_uuid(),
  -- citext so "Ana@X.com" and "ana@x.com" are the same lead.
  email extensions.citext not null check (char_length(email) <= 320 and email like '%_@_%'),
  name text,
  company text,
  source text not null check (source in ('analyzer', 'website', 'referral', 'event', 'other')),
  first_url text,
  utm jsonb not null default '{}'::jsonb check (jsonb_typeof(utm) = 'object'),
  -- LGPD: consent is proved by when it was given and which wording the person saw.
  consent_at timestamptz,
  consent_text_version text,
  locale text not null default 'pt-BR' check (locale in ('pt-BR', 'en')),
  status text not null default 'new' check (status in ('new', 'nurturing', 'converted', 'unsubscribed')),
  -- Only the sha256 of the unsubscribe token is kept, so a leaked table cannot unsubscribe anyone.
  unsubscribe_token_hash text,
  unsubscribed_at timestamptz,
  converted_org_id uuid references public.organizations (id) on delete set null,
  nurture_step integer not null default 0 check (nurture_step >= 0),
  last_nurture_at timestamptz,
  created_at timestamptz not null default now(),
  constraint leads_consent_complete check ((consent_at is null) = (consent_text_version is null))
);

create unique index leads_email_key on public.leads (email);
create unique index leads_unsubscribe_token_hash_key on public.leads (unsubscribe_token_hash);
create index leads_converted_org_id_idx on public.leads (converted_org_id);
-- The daily nurture job scans leads by status and the time of their last email.
create index leads_status_last_nurture_at_idx on public.leads (status, last_nurture_at);

alter table public.leads enable row level security;
alter table public.leads force row level security;

create policy leads_select_staff on public.leads
  for select to authenticated
  using ((select private.is_staff()));

-- Supabase's default privileges grant everything to the API roles; the funnel reaches leads only through
-- the service role and the narrow functions in the funnel API migration.
revoke all on public.leads from anon, authenticated;
grant select on public.leads to authenticated;
