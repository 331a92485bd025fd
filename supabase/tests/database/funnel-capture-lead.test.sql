-- funnel.capture_lead: anon's one way to leave an email. It upserts the lead, keeps the first attribution and
-- any consent given, links the analysis and queues the welcome email once per lead and analysis.
begin;
select plan(27);

insert into public.url_analyses (id, url, normalized_url)
values
  ('00000000-0000-4000-8000-0000000000a1', 'https://a.test/', 'https://a.test/'),
  ('00000000-0000-4000-8000-0000000000a2', 'https://b.test/', 'https://b.test/');

select tests.authenticate_as_anon();
select throws_ok('select * from public.leads', '42501', null, 'anon still cannot read leads');

-- A visitor without marketing consent.
select results_eq(
  $$select created from funnel.capture_lead('Ana@Lead.Test', 'pt-BR', 'analyzer', null,
    '{"utm_source": "google"}', false, null, '00000000-0000-4000-8000-0000000000a1')$$,
  array[true], 'a new address becomes a new lead'
);
-- The same person again, another analysis, now consenting, another language and campaign.
select results_eq(
  $$select created from funnel.capture_lead('ana@lead.test', 'en', 'analyzer', 'https://b.test/',
    '{"utm_source": "newsletter"}', true, 'analyzer-consent-v1', '00000000-0000-4000-8000-0000000000a2')$$,
  array[false], 'an address seen before is the same lead, whatever its casing'
);
-- And once more without ticking the box.
select results_eq(
  $$select created from funnel.capture_lead('ANA@lead.test', 'en', 'analyzer', null, '{}', false, null,
    '00000000-0000-4000-8000-0000000000a2')$$,
  array[false], 'a third capture is still the same lead'
);
select throws_ok(
  $$select * from funnel.capture_lead('bia@lead.test', 'pt-BR', 'analyzer', null, '{}', true, '  ', null)$$,
  '22023', null, 'consent without the version of its text is refused'
);
select throws_ok(
  $$select * from funnel.capture_lead('bia@lead.test', 'pt-BR', 'analyzer', null, '{}', false, null,
    '00000000-0000-4000-8000-00000000ffff')$$,
  'P0002', null, 'an unknown analysis is refused'
);
select throws_ok(
  $$select * from funnel.capture_lead('not-an-address', 'pt-BR', 'analyzer', null, '{}', false, null, null)$$,
  '23514', null, 'the table''s own checks still apply'
);
select throws_ok(
  $$select * from funnel.capture_lead('bia@lead.test', 'fr', 'analyzer', null, '{}', false, null, null)$$,
  '23514', null, 'only the app''s languages are stored'
);
select results_eq(
  $$select created from funnel.capture_lead('bia@lead.test', 'pt-BR', 'analyzer', 'https://c.test/', '{}', true,
    'analyzer-consent-v1', null)$$,
  array[true], 'a lead can be captured without an analysis'
);
select throws_ok('select * from public.email_outbox', '42501', null, 'anon cannot read the outbox it wrote to');
select tests.clear_authentication();

select results_eq(
  $$select email::text, first_url, utm, locale, consent_text_version, consent_at is not null, status
    from public.leads order by email$$,
  $$values
    ('Ana@Lead.Test', 'https://a.test/', '{"utm_source": "google"}'::jsonb, 'en', 'analyzer-consent-v1', true, 'new'),
    ('bia@lead.test', 'https://c.test/', '{}'::jsonb, 'pt-BR', 'analyzer-consent-v1', true, 'new')$$,
  'the first address, URL (from the analysis) and campaign stay; the language follows the latest visit; consent given later is kept'
);
select is(
  (select count(*)::int from public.leads where email = 'ana@lead.test'), 1, 'one row for every casing'
);
select results_eq(
  $$select a.id, l.email::text from public.url_analyses a join public.leads l on l.id = a.lead_id order by a.id$$,
  $$values ('00000000-0000-4000-8000-0000000000a1'::uuid, 'Ana@Lead.Test'),
    ('00000000-0000-4000-8000-0000000000a2'::uuid, 'Ana@Lead.Test')$$,
  'both analyses are linked to the lead'
);
select results_eq(
  $$select o.template, o.to_email, o.locale, o.status, o.payload ->> 'analysisId',
      o.idempotency_key = format('welcome:%s:%s', l.id, o.payload ->> 'analysisId'), (o.payload ->> 'leadId')::uuid = l.id
    from public.email_outbox o join public.leads l on l.email = 'ana@lead.test'
    order by o.payload ->> 'analysisId'$$,
  $$values
    ('lead-welcome', 'Ana@Lead.Test', 'pt-BR', 'queued', '00000000-0000-4000-8000-0000000000a1', true, true),
    ('lead-welcome', 'ana@lead.test', 'en', 'queued', '00000000-0000-4000-8000-0000000000a2', true, true)$$,
  'one welcome per analysis, keyed welcome:<lead>:<analysis>, even without consent; capturing again queues nothing more'
);
select is(
  (select count(*)::int from public.email_outbox where template <> 'lead-welcome'), 0,
  'capture queues no nurture email: the daily job does, for consented leads'
);
select is(
  (select count(*)::int from public.email_outbox o join public.leads l on l.email = 'bia@lead.test'
    where (o.payload ->> 'leadId')::uuid = l.id), 0,
  'no analysis, no welcome email'
);

-- A cached analysis shared by a second visitor keeps its first lead.
select tests.authenticate_as_anon();
select results_eq(
  $$select created from funnel.capture_lead('caio@lead.test', 'pt-BR', 'analyzer', null, '{}', false, null,
    '00000000-0000-4000-8000-0000000000a1')$$,
  array[true], 'another visitor of the same analysis becomes a lead'
);
select tests.clear_authentication();
select is(
  (select l.email::text from public.url_analyses a join public.leads l on l.id = a.lead_id
    where a.id = '00000000-0000-4000-8000-0000000000a1'),
  'Ana@Lead.Test', 'the analysis keeps its first lead'
);
select is(
  (select count(*)::int from public.email_outbox where to_email = 'caio@lead.test'), 1,
  'the second visitor still gets the report link'
);

-- An unsubscribed lead who comes back keeps the opt-out.
update public.leads set status = 'unsubscribed', unsubscribed_at = now() where email = 'bia@lead.test';
select tests.authenticate_as_anon();
select results_eq(
  $$select created from funnel.capture_lead('bia@lead.test', 'pt-BR', 'analyzer', null, '{}', true, 'analyzer-consent-v2',
    null)$$,
  array[false], 'an unsubscribed lead can analyze again'
);
select tests.clear_authentication();
select results_eq(
  $$select status, consent_text_version from public.leads where email = 'bia@lead.test'$$,
  $$values ('unsubscribed', 'analyzer-consent-v1')$$,
  'capturing again neither resubscribes nor rewrites the consent record'
);

-- Only anon may call it, and it is hidden from the Data API's schemas.
select function_privs_are('funnel', 'capture_lead',
  array['text', 'text', 'text', 'text', 'jsonb', 'boolean', 'text', 'uuid'], 'anon', array['EXECUTE'],
  'anon may call capture_lead');
select function_privs_are('funnel', 'capture_lead',
  array['text', 'text', 'text', 'text', 'jsonb', 'boolean', 'text', 'uuid'], 'authenticated', array[]::text[],
  'signed-in users may not');
select ok(
  not has_function_privilege('public', 'funnel.capture_lead(text, text, text, text, jsonb, boolean, text, uuid)',
    'execute'),
  'PUBLIC holds no execute right'
);
select ok(
  (select p.prosecdef and p.proconfig = array['search_path=""'] from pg_proc p
    where p.oid = 'funnel.capture_lead(text, text, text, text, jsonb, boolean, text, uuid)'::regprocedure),
  'capture_lead is security definer with a pinned, empty search_path'
);
select schema_privs_are('funnel', 'anon', array['USAGE'], 'anon may use the funnel schema, nothing more');

-- The outbox knows a cancelled email.
select lives_ok(
  $$update public.email_outbox set status = 'cancelled', last_error = 'lead unsubscribed'
    where to_email = 'caio@lead.test'$$,
  'an outbox row can be cancelled'
);

select * from finish();
rollback;
