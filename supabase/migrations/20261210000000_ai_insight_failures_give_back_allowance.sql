-- A request for an insight that failed before any model answered (no figures yet, no key, the provider down
-- through every retry) gives its place in the daily allowance back: the member asked for something they never
-- got, and nothing was spent. A failure after the model answered (an answer citing nothing real) still counts,
-- as its call was paid for; otherwise retrying such an answer would spend the plan's key without bound.
create or replace function private.prepare_ai_insight() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  features jsonb;
  level text;
  per_day integer;
  used integer;
  zone text;
begin
  -- Before-triggers run ahead of the policies' check: a stranger must learn nothing of (nor lock) the row.
  if (select auth.uid()) is not null and not new.org_id = any (private.member_org_ids()) then
    raise exception 'new row violates row-level security policy for table "ai_insights"' using errcode = '42501';
  end if;
  select o.time_zone into zone from public.organizations o where o.id = new.org_id for update;
  features := private.plan_features(new.org_id);
  level := coalesce(features ->> 'ai_insights', 'none');
  if level not in ('standard', 'priority') then
    raise exception 'tier_limit_exceeded:ai_insights' using detail = 'usage 0 + 1 > limit 0';
  end if;
  new.lane := case when level = 'priority' then 'priority' else 'standard' end;
  new.period := coalesce(new.period, to_char(now() at time zone zone, 'YYYY-MM'));
  if new.kind = 'on_demand' then
    per_day := coalesce((features ->> 'ai_insights_per_day')::integer, 0);
    select count(*) into used from public.ai_insights i
    where i.org_id = new.org_id and i.kind = 'on_demand' and i.created_at > now() - interval '24 hours'
      and (i.status <> 'failed' or i.model is not null);
    if used >= per_day then
      raise exception 'rate_limited:ai_insights' using detail = format('usage %s + 1 > limit %s', used, per_day);
    end if;
  end if;
  return new;
end
$$;
