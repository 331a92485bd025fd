-- Requests per minute of the public API, per organization, by plan (tiers are data: a bespoke plan sets its
-- own; a plan without the key gets the free tier's 60).
update public.plans set features = features || '{"api_requests_per_minute": 60}'::jsonb where key = 'free';
update public.plans set features = features || '{"api_requests_per_minute": 300}'::jsonb where key = 'basic';
update public.plans set features = features || '{"api_requests_per_minute": 1200}'::jsonb where key = 'pro';
update public.plans set features = features || '{"api_requests_per_minute": 6000}'::jsonb where key = 'enterprise';

-- One counter per organization and minute. Counting is one upsert on this row, whose lock serializes
-- concurrent requests, so no two requests can both take the last slot of a window (a count of hits would let
-- them). Fixed windows: at most twice the limit across a window's boundary, the usual trade for one row.
create table private.api_request_windows (
  org_id uuid not null references public.organizations (id) on delete cascade,
  window_start timestamptz not null,
  requests integer not null check (requests >= 0),
  primary key (org_id, window_start)
);

alter table private.api_request_windows enable row level security;
alter table private.api_request_windows force row level security;
revoke all on private.api_request_windows from public, anon, authenticated;

-- The public API's door, in its own schema for the funnel's reason: PostgREST exposes only `public`, so this is
-- reachable from the app server's connection and never from the Data API.
create schema if not exists api_access;
revoke all on schema api_access from public;
grant usage on schema api_access to anon;

-- Authenticates a request by its key's sha256 (hex) and counts it against the organization's minute. No row:
-- the key is malformed, unknown, revoked or expired; which of those is never said. Otherwise the claims to run
-- the request with (the organization's API principal), the key's scopes and the rate-limit state; `allowed` is
-- false when the minute is used up (that request is not counted). Security definer because the caller is
-- anonymous until this answers; it reveals nothing to someone without the key.
create function api_access.authenticate_key(key_hash text)
returns table (
  allowed boolean,
  principal_id uuid,
  org_id uuid,
  key_id uuid,
  scopes text[],
  rate_limit integer,
  remaining integer,
  reset_at timestamptz
)
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  k record;
  win timestamptz := date_trunc('minute', clock_timestamp());
  used integer;
  created boolean;
begin
  if authenticate_key.key_hash is null or authenticate_key.key_hash !~ '^[0-9a-f]{64}$' then
    return;
  end if;
  select a.id, a.org_id, a.scopes,
      coalesce((pl.features ->> 'api_requests_per_minute')::integer, 60) as per_minute
    into k
    from public.api_keys a
    join public.organizations o on o.id = a.org_id
    left join public.plans pl on pl.key = o.tier
    where a.key_hash = authenticate_key.key_hash
      and a.revoked_at is null
      and (a.expires_at is null or a.expires_at > clock_timestamp());
  if not found then
    return;
  end if;

  insert into private.api_request_windows as w (org_id, window_start, requests)
    values (k.org_id, win, 1)
    on conflict on constraint api_request_windows_pkey
      do update set requests = w.requests + 1 where w.requests < k.per_minute
    returning w.requests, (w.xmax = 0) into used, created;
  allowed := used is not null;
  if created then
    -- The organization's first request of a minute clears its windows of more than an hour ago.
    delete from private.api_request_windows w
      where w.org_id = k.org_id and w.window_start < win - interval '1 hour';
  end if;

  -- At most one write a minute per key: "last used" is for people, and the update is audited.
  update public.api_keys a set last_used_at = clock_timestamp()
    where a.id = k.id and (a.last_used_at is null or a.last_used_at < clock_timestamp() - interval '1 minute');

  principal_id := private.api_principal_for(k.org_id);
  org_id := k.org_id;
  key_id := k.id;
  scopes := k.scopes;
  rate_limit := k.per_minute;
  remaining := case when allowed then k.per_minute - used else 0 end;
  reset_at := win + interval '1 minute';
  return next;
end
$$;
revoke execute on function api_access.authenticate_key(text) from public;
grant execute on function api_access.authenticate_key(text) to anon;
