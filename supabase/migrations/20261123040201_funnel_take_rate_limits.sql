-- Sliding-window limits over public.rate_limit_hits, shared by the funnel's door functions. Not a door itself:
-- only those security definer functions (running as their owner) call it; nobody else may.
--
-- Race-safe without counter rows: a transaction-scoped advisory lock per (bucket, subject) makes concurrent
-- requests of the same subject count and insert one after another, so 50 simultaneous requests against a
-- limit of 3 let exactly 3 through. Locks are taken in (bucket, subject) order, so two requests sharing
-- several subjects never wait on each other in a cycle.
--
-- Returns null when every limit had room (one hit recorded per subject), otherwise the seconds until the
-- blocking subject has room again (nothing recorded). A null subject or limit is skipped.
create function funnel.take_rate_limits(p_buckets text[], p_subjects text[], p_limits integer[])
returns integer
language plpgsql volatile
set search_path = ''
as $$
declare
  -- Every funnel limit is per day; the window is fixed here so pruning below may rely on it.
  v_window constant interval := interval '24 hours';
  v_free_at timestamptz;
  v_blocked_until timestamptz;
  r record;
begin
  if cardinality(p_buckets) is distinct from cardinality(p_subjects)
    or cardinality(p_buckets) is distinct from cardinality(p_limits) then
    raise exception 'take_rate_limits: buckets, subjects and limits must have the same length';
  end if;

  for r in
    select t.bucket, t.subject
    from unnest(p_buckets, p_subjects, p_limits) as t (bucket, subject, lim)
    where t.subject is not null and t.lim is not null
    order by t.bucket, t.subject
  loop
    perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended(r.bucket || ':' || r.subject, 0));
  end loop;

  for r in
    select t.bucket, t.subject, t.lim
    from unnest(p_buckets, p_subjects, p_limits) as t (bucket, subject, lim)
    where t.subject is not null and t.lim is not null
  loop
    if r.lim < 1 then
      raise exception 'take_rate_limits: the limit of % must be at least 1', r.bucket;
    end if;
    -- With n hits in the window and a limit of L there is room once n < L, i.e. when the L-th newest hit
    -- leaves the window (the oldest one, unless the limit was lowered since).
    select h.hit_at + v_window into v_free_at
    from public.rate_limit_hits h
    where h.bucket = r.bucket and h.subject_hash = r.subject and h.hit_at > now() - v_window
    order by h.hit_at desc
    offset r.lim - 1 limit 1;
    if found and (v_blocked_until is null or v_free_at > v_blocked_until) then
      v_blocked_until := v_free_at;
    end if;
  end loop;

  if v_blocked_until is not null then
    -- From the wall clock, not the transaction's start: after waiting for the lock, that is what is left.
    return greatest(1, ceil(extract(epoch from v_blocked_until - clock_timestamp())))::integer;
  end if;

  insert into public.rate_limit_hits (bucket, subject_hash)
  select t.bucket, t.subject
  from unnest(p_buckets, p_subjects, p_limits) as t (bucket, subject, lim)
  where t.subject is not null and t.lim is not null;

  -- Pruning rides along instead of needing a job: each counted request deletes up to 100 hits of its buckets
  -- that left the window, which outpaces the at most 4 it adds. SKIP LOCKED keeps concurrent requests from
  -- queueing behind each other's deletes.
  delete from public.rate_limit_hits h
  where h.id in (
    select o.id from public.rate_limit_hits o
    where o.hit_at <= now() - v_window and o.bucket = any (p_buckets)
    order by o.hit_at
    limit 100
    for update skip locked
  );
  return null;
end
$$;

revoke all on function funnel.take_rate_limits(text[], text[], integer[]) from public;
