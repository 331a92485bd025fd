-- AI insights: a narrative of what changed in an organization's figures and why it matters, generated monthly
-- (after the month's report) and on demand. Each row keeps the figures the model was given (each with the id
-- of its source row) and the answer, whose citations point at those figures only. Plan feature
-- `ai_insights`: none (Free, Basic), standard (Pro), priority (Enterprise: its own queue, served first);
-- `ai_insights_per_day`: on-demand requests per rolling 24 hours.
update public.plans set features = features || '{"ai_insights_per_day": 0}'::jsonb where key in ('free', 'basic');
update public.plans set features = features || '{"ai_insights_per_day": 5}'::jsonb where key = 'pro';
update public.plans set features = features || '{"ai_insights_per_day": 20}'::jsonb where key = 'enterprise';

create table public.ai_insights (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references public.organizations (id) on delete cascade,
  -- The month the narrative is about (`YYYY-MM`, organization's time zone); set by the trigger below.
  period text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  kind text not null default 'on_demand' check (kind in ('monthly', 'on_demand')),
  lane text not null default 'standard' check (lane in ('standard', 'priority')),
  status text not null default 'queued' check (status in ('queued', 'running', 'ready', 'failed')),
  locale text not null default 'pt-BR' check (locale in ('pt-BR', 'en')),
  -- [{ id: "F1", label, value, previous?, unit, source: { table, id } }]: what the model was shown.
  figures jsonb not null default '[]'::jsonb check (jsonb_typeof(figures) = 'array'),
  -- { headline, paragraphs: [{ text, citations: ["F1", …] }] }: the validated answer.
  content jsonb check (content is null or jsonb_typeof(content) = 'object'),
  model text,
  key_source text check (key_source in ('plan', 'byok')),
  failure_reason text,
  requested_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  started_at timestamptz,
  completed_at timestamptz
);

create index ai_insights_org_id_created_at_idx on public.ai_insights (org_id, created_at desc);
create index ai_insights_requested_by_idx on public.ai_insights (requested_by);
-- One monthly insight per organization and month: the monthly job is idempotent by construction.
create unique index ai_insights_monthly_key on public.ai_insights (org_id, period) where kind = 'monthly';

alter table public.ai_insights enable row level security;
alter table public.ai_insights force row level security;

create policy ai_insights_select_member_or_staff on public.ai_insights
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));

-- Any member asks for an insight on demand, in their own name; the trigger judges the plan and the rate.
create policy ai_insights_insert_member on public.ai_insights
  for insert to authenticated
  with check (org_id = any ((select private.member_org_ids())::uuid[]) and requested_by = (select auth.uid())
    and kind = 'on_demand');

-- Users choose only the organization and the language; the job writes the rest as the service.
revoke all on public.ai_insights from anon, authenticated;
grant select on public.ai_insights to authenticated;
grant insert (org_id, locale, requested_by) on public.ai_insights to authenticated;

-- The plan decides: no insights without the feature (a tier-limit refusal, so the page offers the upgrade),
-- the lane from its level, and on-demand requests counted against the plan's daily allowance with the
-- organization's row locked, so two requests at once cannot both take the last one.
create function private.prepare_ai_insight() returns trigger
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
    where i.org_id = new.org_id and i.kind = 'on_demand' and i.created_at > now() - interval '24 hours';
    if used >= per_day then
      raise exception 'rate_limited:ai_insights' using detail = format('usage %s + 1 > limit %s', used, per_day);
    end if;
  end if;
  return new;
end
$$;
revoke execute on function private.prepare_ai_insight() from public;

create trigger prepare_ai_insight before insert on public.ai_insights
  for each row execute function private.prepare_ai_insight();
create trigger guard_write before insert or update or delete on public.ai_insights
  for each row execute function private.guard_write();
