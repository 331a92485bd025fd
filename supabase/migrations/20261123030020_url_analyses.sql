-- One Lighthouse run requested through the analyzer. The API route and the analysis job write it with the
-- service role; anonymous visitors read one analysis only through public.analysis_status().
create table public.url_analyses (
  id uuid primary key default gen_random_uuid(),
  url text not null check (char_length(url) <= 2048),
  -- Canonical form (scheme, host case, trailing slash) that keys the 24 h cache.
  normalized_url text not null check (char_length(normalized_url) <= 2048),
  final_url text check (char_length(final_url) <= 2048),
  lead_id uuid references public.leads (id) on delete set null,
  -- LGPD: a keyed hash of the requester's IP, enough to rate-limit and trace abuse without keeping the address.
  ip_hash text,
  status text not null default 'queued' check (status in ('queued', 'running', 'done', 'failed')),
  progress smallint not null default 0 check (progress between 0 and 100),
  stage text not null default 'queued' check (stage in ('queued', 'loading', 'auditing', 'saving', 'done', 'failed')),
  result jsonb,
  failure_reason text,
  -- Object name in Storage; the app signs a URL for it.
  screenshot_object text,
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz,
  constraint url_analyses_done_has_result check (status <> 'done' or (result is not null and progress = 100)),
  constraint url_analyses_failed_has_reason check (status <> 'failed' or failure_reason is not null)
);

-- The 24 h cache: latest analysis of the same normalized URL.
create index url_analyses_normalized_url_created_at_idx on public.url_analyses (normalized_url, created_at desc);
create index url_analyses_lead_id_idx on public.url_analyses (lead_id);

alter table public.url_analyses enable row level security;
alter table public.url_analyses force row level security;

create policy url_analyses_select_staff on public.url_analyses
  for select to authenticated
  using ((select private.is_staff()));

revoke all on public.url_analyses from anon, authenticated;
grant select on public.url_analyses to authenticated;
