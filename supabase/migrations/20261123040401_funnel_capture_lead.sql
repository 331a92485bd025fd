-- The funnel's write path for anonymous visitors. Schema `funnel` is not among the schemas Supabase's Data
-- API exposes, so these functions are reachable only from the app's server (withAnon), never from a browser
-- holding the anon key.
create schema if not exists funnel;
grant usage on schema funnel to anon;

-- Turns an email left on the analyzer into a lead, in one statement's worth of rights:
-- - one lead per address (citext): the first source, URL and UTM attribution are kept;
-- - LGPD: marketing consent is stored with its time and the version of the text shown, and a later capture
--   without consent never withdraws it (only the unsubscribe link does);
-- - the analysis is linked to the lead (a shared, cached analysis keeps its first lead);
-- - the welcome email with the report link is queued: it is the service the visitor asked for, so it goes
--   out with or without marketing consent. Nurture emails are queued by the daily job, for consented leads only.
create function funnel.capture_lead(
  p_email text,
  p_locale text,
  p_source text,
  p_url text,
  p_utm jsonb,
  p_consent boolean,
  p_consent_text_version text,
  p_analysis_id uuid
)
returns table (lead_id uuid, created boolean)
language plpgsql volatile security definer
set search_path = ''
as $$
declare
  v_lead uuid;
  v_created boolean;
  v_url text := p_url;
begin
  if p_consent and nullif(btrim(p_consent_text_version), '') is null then
    raise exception 'invalid_consent: consent must be stored with the version of the text shown'
      using errcode = '22023';
  end if;
  if p_analysis_id is not null then
    select coalesce(v_url, a.url) into v_url from public.url_analyses a where a.id = p_analysis_id;
    if not found then
      raise exception 'analysis_not_found: %', p_analysis_id using errcode = 'P0002';
    end if;
  end if;

  insert into public.leads as l (email, source, first_url, utm, locale, consent_at, consent_text_version)
  values (
    btrim(p_email), p_source, v_url, coalesce(p_utm, '{}'::jsonb), p_locale,
    case when p_consent then now() end,
    case when p_consent then btrim(p_consent_text_version) end
  )
  on conflict (email) do update set
    first_url = coalesce(l.first_url, excluded.first_url),
    utm = case when l.utm = '{}'::jsonb then excluded.utm else l.utm end,
    -- The language of the latest visit is the one the person reads now.
    locale = excluded.locale,
    consent_at = coalesce(l.consent_at, excluded.consent_at),
    consent_text_version = case when l.consent_at is null then excluded.consent_text_version
      else l.consent_text_version end
  -- xmax is 0 only on a freshly inserted row version: the upsert's way of telling insert from update.
  returning l.id, l.xmax = 0 into v_lead, v_created;

  if p_analysis_id is not null then
    update public.url_analyses a set lead_id = coalesce(a.lead_id, v_lead) where a.id = p_analysis_id;
    insert into public.email_outbox (to_email, template, locale, payload, idempotency_key)
    values (
      btrim(p_email), 'lead-welcome', p_locale,
      jsonb_build_object('leadId', v_lead, 'analysisId', p_analysis_id),
      format('welcome:%s:%s', v_lead, p_analysis_id)
    )
    on conflict (idempotency_key) do nothing;
  end if;

  return query select v_lead, v_created;
end
$$;

revoke all on function funnel.capture_lead(text, text, text, text, jsonb, boolean, text, uuid) from public;
grant execute on function funnel.capture_lead(text, text, text, text, jsonb, boolean, text, uuid) to anon;
