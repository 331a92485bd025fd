-- The report page's email gate (POST /api/analyze/:id/lead), and an email given with a submission that the
-- cache answered: the analysis must exist, and giving emails is limited per IP and per email address (each
-- one can trigger a welcome email, so a cached URL must not become a free way to mail strangers). The lead
-- itself is written afterwards in the same transaction; a refusal here writes nothing.
-- Returns analysis_found = false for an unknown analysis (nothing counted), else retry_after: null when the
-- hits were recorded, or the seconds until the exhausted limit has room again.
create function funnel.give_analysis_email(
  p_analysis_id uuid,
  p_ip_hash text,
  p_email_hash text,
  p_ip_limit integer,
  p_email_limit integer
)
returns table (analysis_found boolean, retry_after integer)
language plpgsql volatile security definer
set search_path = ''
as $$
begin
  if p_ip_hash is null or p_email_hash is null or p_ip_limit is null or p_email_limit is null then
    raise exception 'give_analysis_email: ip and email hashes and limits are required' using errcode = '22004';
  end if;
  if p_ip_hash !~ '^[0-9a-f]{64}$' or p_email_hash !~ '^[0-9a-f]{64}$' then
    raise exception 'give_analysis_email: subjects must be hex SHA-256 keyed hashes' using errcode = '22023';
  end if;
  if not exists (select 1 from public.url_analyses a where a.id = p_analysis_id) then
    return query select false, null::integer;
    return;
  end if;
  return query select true, funnel.take_rate_limits(
    array['analysis_email:ip', 'analysis_email:email'],
    array[p_ip_hash, p_email_hash],
    array[p_ip_limit, p_email_limit]
  );
end
$$;

revoke all on function funnel.give_analysis_email(uuid, text, text, integer, integer) from public;
grant execute on function funnel.give_analysis_email(uuid, text, text, integer, integer) to anon;
