-- Sign-up import: the free analysis a visitor ran becomes the baseline of the organization they create, as its
-- first project (named after the analyzed host) and that project's first performance record. Security definer
-- because projects and performance_metrics are written by the agency only (clients have no insert policy);
-- this function is the one narrow exception, and it checks everything itself:
--   * the caller is the organization's owner, and the organization has no project yet (the import starts it);
--   * the analysis is the caller's: its lead has the caller's confirmed email address, or its id is the one the
--     caller's sign-up carried (user metadata `analysis_id`; knowing the random id is already what lets anyone
--     open the report, so naming it at sign-up grants nothing more);
--   * the analysis finished with a result.
-- Repeating the call (a retried request) returns the record already imported instead of adding another.
create function public.import_analysis_baseline(p_org_id uuid, p_analysis_id uuid)
returns uuid
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  caller uuid := (select auth.uid());
  caller_email text;
  claimed_analysis text;
  analysis public.url_analyses;
  site_url text;
  site_host text;
  project_id uuid;
  metric_id uuid;
begin
  if caller is null then
    raise exception 'import_analysis_baseline: not signed in' using errcode = 'insufficient_privilege';
  end if;
  -- Serializes two imports into one organization (a double submit) so only one creates the project.
  perform 1 from public.organizations o where o.id = p_org_id for no key update;
  if not exists (
    select 1 from public.memberships m
    where m.org_id = p_org_id and m.user_id = caller and m.role = 'owner' and m.status = 'accepted'
  ) then
    raise exception 'import_analysis_baseline: only the organization''s owner may import'
      using errcode = 'insufficient_privilege';
  end if;

  select * into analysis from public.url_analyses a where a.id = p_analysis_id;
  select case when u.email_confirmed_at is not null then u.email end, u.raw_user_meta_data ->> 'analysis_id'
  into caller_email, claimed_analysis
  from auth.users u where u.id = caller;
  -- An unknown analysis and someone else's are refused alike, so ids cannot be probed through this function.
  if analysis.id is null or not (
    coalesce(claimed_analysis = analysis.id::text, false)
    or exists (
      select 1 from public.leads l
      where l.id = analysis.lead_id and l.email operator(extensions.=) caller_email::extensions.citext
    )
  ) then
    raise exception 'import_analysis_baseline: the analysis is not the caller''s'
      using errcode = 'insufficient_privilege';
  end if;
  if analysis.status <> 'done' then
    raise exception 'analysis_not_importable' using errcode = 'object_not_in_prerequisite_state';
  end if;

  select pm.id into metric_id
  from public.performance_metrics pm
  where pm.org_id = p_org_id and pm.source = 'analyzer'
  order by pm.measured_at
  limit 1;
  if metric_id is not null then
    return metric_id;
  end if;
  if exists (select 1 from public.projects p where p.org_id = p_org_id) then
    raise exception 'organization_not_new' using errcode = 'object_not_in_prerequisite_state';
  end if;

  site_url := coalesce(analysis.result ->> 'finalUrl', analysis.final_url, analysis.normalized_url);
  site_host := regexp_replace(
    lower(substring(site_url from '^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/]*@)?(\[[^]]*\]|[^/:?#]+)')), '^www\.', ''
  );

  -- The analyzed site is already on the air, so the project starts as launched rather than in discovery.
  insert into public.projects (org_id, name, status)
  values (p_org_id, coalesce(site_host, site_url), 'launched')
  returning id into project_id;

  insert into public.performance_metrics (
    org_id, project_id, url, measured_at, lcp_ms, cls, fcp_ms, ttfb_ms,
    performance_score, accessibility_score, best_practices_score, seo_score, source
  )
  values (
    p_org_id,
    project_id,
    site_url,
    coalesce((analysis.result ->> 'fetchedAt')::timestamptz, analysis.finished_at, now()),
    round((analysis.result #>> '{metrics,lcpMs}')::numeric)::integer,
    (analysis.result #>> '{metrics,cls}')::numeric,
    round((analysis.result #>> '{metrics,fcpMs}')::numeric)::integer,
    round((analysis.result #>> '{metrics,ttfbMs}')::numeric)::integer,
    (analysis.result #>> '{scores,performance}')::integer,
    (analysis.result #>> '{scores,accessibility}')::integer,
    (analysis.result #>> '{scores,bestPractices}')::integer,
    (analysis.result #>> '{scores,seo}')::integer,
    'analyzer'
  )
  returning id into metric_id;

  -- The staff's lead list shows which organization the lead became (the lead is the caller's own address).
  update public.leads l
  set converted_org_id = p_org_id
  where l.id = analysis.lead_id and l.converted_org_id is null
    and l.email operator(extensions.=) caller_email::extensions.citext;

  return metric_id;
end
$$;

revoke all on function public.import_analysis_baseline(uuid, uuid) from public, anon;
grant execute on function public.import_analysis_baseline(uuid, uuid) to authenticated;
