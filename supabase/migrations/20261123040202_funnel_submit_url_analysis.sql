-- POST /api/analyze in one statement, so nothing between the cache check, the limits and the insert can race:
--   1. the 24 h cache: the latest analysis of the same normalized URL that has not failed, created within
--      24 h, is returned as cached and counts against nothing;
--   2. otherwise the per-IP and (when an email was given) per-email daily limits; when one is exhausted,
--      nothing is written and retry_after says in how many seconds to come back;
--   3. otherwise one hit per subject and a queued url_analyses row.
-- The server passes keyed hashes (HMAC-SHA256, hex) of the IP and email, never the values, and the limits
-- from its settings. Concurrent submissions of the same URL queue on an advisory lock of the URL, so the
-- second one finds the first one's row in the cache instead of starting a second Lighthouse run.
create function funnel.submit_url_analysis(
  p_url text,
  p_normalized_url text,
  p_ip_hash text,
  p_email_hash text,
  p_ip_limit integer,
  p_email_limit integer
)
returns table (analysis_id uuid, analysis_status text, cached boolean, retry_after integer)
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_id uuid;
  v_status text;
  v_retry integer;
begin
  if p_url is null or p_normalized_url is null or p_ip_hash is null or p_ip_limit is null then
    raise exception 'submit_url_analysis: url, normalized url, ip hash and ip limit are required'
      using errcode = '22004';
  end if;
  if p_ip_hash !~ '^[0-9a-f]{64}$' or (p_email_hash is not null and p_email_hash !~ '^[0-9a-f]{64}$') then
    raise exception 'submit_url_analysis: subjects must be hex SHA-256 keyed hashes' using errcode = '22023';
  end if;

  perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('url_analysis:' || p_normalized_url, 0));

  select a.id, a.status into v_id, v_status
  from public.url_analyses a
  where a.normalized_url = p_normalized_url and a.status <> 'failed' and a.created_at > now() - interval '24 hours'
  order by a.created_at desc
  limit 1;
  if found then
    return query select v_id, v_status, true, null::integer;
    return;
  end if;

  v_retry := funnel.take_rate_limits(
    array['analyze:ip', 'analyze:email'],
    array[p_ip_hash, p_email_hash],
    array[p_ip_limit, p_email_limit]
  );
  if v_retry is not null then
    return query select null::uuid, null::text, false, v_retry;
    return;
  end if;

  insert into public.url_analyses (url, normalized_url, ip_hash)
  values (p_url, p_normalized_url, p_ip_hash)
  returning id, status into v_id, v_status;
  return query select v_id, v_status, false, null::integer;
end
$$;

revoke all on function funnel.submit_url_analysis(text, text, text, text, integer, integer) from public;
grant execute on function funnel.submit_url_analysis(text, text, text, text, integer, integer) to anon;
