-- Sliding-window rate limiting kept in Postgres, so it works on hosted Supabase with no extra service.
-- A hit is one counted request; the subject (IP, email) is stored only as a keyed hash.
create table public.rate_limit_hits (
  id bigint generated always as identity primary key,
  bucket text not null,
  subject_hash text not null,
  hit_at timestamptz not null default now()
);

-- Counting the hits of one subject in one bucket since a moment.
create index rate_limit_hits_bucket_subject_hash_hit_at_idx on public.rate_limit_hits (bucket, subject_hash, hit_at);
-- Pruning hits older than the longest window.
create index rate_limit_hits_hit_at_idx on public.rate_limit_hits (hit_at);

alter table public.rate_limit_hits enable row level security;
alter table public.rate_limit_hits force row level security;

create policy rate_limit_hits_select_staff on public.rate_limit_hits
  for select to authenticated
  using ((select private.is_staff()));

revoke all on public.rate_limit_hits from anon, authenticated;
grant select on public.rate_limit_hits to authenticated;
