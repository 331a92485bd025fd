-- What the AI calls made on the plan's OpenAI key cost, per organization, month (`YYYY-MM` in the
-- organization's time zone) and model: tokens and US dollars at list prices. Calls made with the
-- organization's own key are not written here (they are billed to the organization by OpenAI). Written by the
-- service only (the insights job, the `embed` function); members read their organization's months, staff all.
create table public.ai_usage (
  org_id uuid not null references public.organizations (id) on delete cascade,
  period text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  model text not null check (char_length(model) between 1 and 100),
  requests integer not null default 0 check (requests >= 0),
  input_tokens bigint not null default 0 check (input_tokens >= 0),
  output_tokens bigint not null default 0 check (output_tokens >= 0),
  cost_usd numeric(14, 6) not null default 0 check (cost_usd >= 0),
  updated_at timestamptz not null default now(),
  primary key (org_id, period, model)
);

alter table public.ai_usage enable row level security;
alter table public.ai_usage force row level security;

create policy ai_usage_select_member_or_staff on public.ai_usage
  for select to authenticated
  using (org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff()));

revoke all on public.ai_usage from anon, authenticated;
grant select on public.ai_usage to authenticated;

-- Adds one call's usage to its month (race-safe: one upsert). Service only.
create function private.record_ai_usage(org uuid, model_name text, input bigint, output bigint, cost numeric)
returns void
language sql volatile
set search_path = ''
as $$
  insert into public.ai_usage as u (org_id, period, model, requests, input_tokens, output_tokens, cost_usd)
  select org, to_char(now() at time zone o.time_zone, 'YYYY-MM'), model_name, 1, input, output, cost
  from public.organizations o where o.id = org
  on conflict (org_id, period, model) do update set
    requests = u.requests + 1,
    input_tokens = u.input_tokens + excluded.input_tokens,
    output_tokens = u.output_tokens + excluded.output_tokens,
    cost_usd = u.cost_usd + excluded.cost_usd,
    updated_at = now()
$$;
revoke execute on function private.record_ai_usage(uuid, text, bigint, bigint, numeric) from public;
grant execute on function private.record_ai_usage(uuid, text, bigint, bigint, numeric) to service_role;
