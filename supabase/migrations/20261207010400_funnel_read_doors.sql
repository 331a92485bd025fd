-- Everything anonymous visitors may execute lives in the `funnel` schema, which the Data API does not expose:
-- `public.analysis_status` returned the whole report to anyone holding the anon key (one POST to
-- /rest/v1/rpc/analysis_status), before any email was given. It moves here, and returns the report only once
-- an email was given for the analysis (the scores alone before), so the email gate holds in the database
-- whoever asks. `unsubscribe_lead` moves with it: the unsubscribe page is the app server's, not the Data API's.
drop function public.analysis_status(uuid);
drop function public.unsubscribe_lead(text);

create function funnel.analysis_status(p_id uuid)
returns table (
  id uuid,
  url text,
  final_url text,
  status text,
  progress smallint,
  stage text,
  result jsonb,
  failure_reason text,
  screenshot_object text,
  email_given boolean,
  created_at timestamptz,
  finished_at timestamptz
)
language sql stable security definer
set search_path = ''
as $$
  select a.id, a.url, a.final_url, a.status, a.progress, a.stage,
    case when a.result is null or a.lead_id is not null then a.result else jsonb_build_object('scores', a.result -> 'scores') end,
    a.failure_reason, a.screenshot_object, a.lead_id is not null, a.created_at, a.finished_at
  from public.url_analyses a
  where a.id = p_id
$$;

-- The unsubscribe link works without signing in: the token in the link is compared by its sha256, the
-- only form stored. Returns whether the token belonged to a lead; repeating it is harmless. A converted
-- lead keeps its status (nurturing already stopped at sign-up) but still records the opt-out.
create function funnel.unsubscribe_lead(p_token text)
returns boolean
language plpgsql volatile security definer
set search_path = ''
as $$
begin
  if p_token is null or char_length(p_token) not between 16 and 256 then
    return false;
  end if;
  update public.leads l
  set status = case when l.status = 'converted' then l.status else 'unsubscribed' end,
    unsubscribed_at = coalesce(l.unsubscribed_at, now())
  where l.unsubscribe_token_hash = encode(pg_catalog.sha256(convert_to(p_token, 'UTF8')), 'hex');
  return found;
end
$$;

revoke all on function funnel.analysis_status(uuid), funnel.unsubscribe_lead(text) from public;
grant execute on function funnel.analysis_status(uuid), funnel.unsubscribe_lead(text) to anon;
