-- The service role (jobs, webhooks) reads every row anyway, bypassing row-level security; organization_usage
-- answered it nothing, so a job could not read the meters and the agency's benchmark could not compare the
-- staff path with the service path on the same work. Same counts, one more caller allowed.
create or replace function public.organization_usage(p_org uuid)
returns table (limit_key text, usage bigint)
language sql stable security definer
set search_path = ''
as $$
  select u.limit_key, u.usage
  from (
    select 'projects' as limit_key, (select count(*) from public.projects p where p.org_id = p_org) as usage
    union all
    select 'domains', (select count(*) from public.domains d where d.org_id = p_org)
    union all
    select 'team_members',
      (select count(*) from public.memberships m where m.org_id = p_org)
      + (select count(*) from public.invitations i
         where i.org_id = p_org and i.accepted_at is null and i.expires_at > now())
    union all
    select 'tickets_per_month', coalesce((
      select c.value from public.usage_counters c
      where c.org_id = p_org and c.metric = 'tickets' and c.period = private.usage_period(p_org)), 0)
    union all
    select 'storage_bytes', coalesce((
      select c.value from public.usage_counters c
      where c.org_id = p_org and c.metric = 'storage_bytes' and c.period = 'total'), 0)
  ) u
  where p_org = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff())
    or (select private.is_service_request())
$$;
