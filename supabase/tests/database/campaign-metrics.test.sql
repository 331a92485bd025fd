-- public.campaign_metrics: daily campaign results, synced by jobs or entered by staff, read by the client's
-- members. CTR, CPC, CPA and ROAS are generated (null on a zero denominator); a day always belongs to its
-- campaign's organization (composite foreign key).
begin;
select plan(37);
select tests.create_personas();
insert into public.campaigns (org_id, platform, name) values
  (tests.org_id('Acme'), 'google_ads', 'Acme search'), (tests.org_id('Globex'), 'meta_ads', 'Globex retargeting');
-- An organization's (only) campaign, usable while authenticated.
create function tests.parent_id(org text) returns uuid
language sql stable security definer
as $$ select c.id from public.campaigns c where c.org_id = tests.org_id(org) $$;
insert into public.campaign_metrics (campaign_id, org_id, day, impressions, clicks, conversions, cost, revenue) values
  (tests.parent_id('Acme'), tests.org_id('Acme'), '2026-11-01', 1000, 50, 5, 100, 400),
  (tests.parent_id('Globex'), tests.org_id('Globex'), '2026-11-02', 0, 0, 0, 0, 0);

-- anon: no table privileges at all
select tests.authenticate_as_anon();
select throws_ok($$ select * from public.campaign_metrics $$, '42501', null, 'anon cannot read campaign days');
select throws_ok($$ insert into public.campaign_metrics (campaign_id, org_id, day) values (tests.parent_id('Acme'), tests.org_id('Acme'), '2026-10-01') $$,
  '42501', null, 'anon cannot insert a campaign day');
select throws_ok($$ update public.campaign_metrics set revenue = 500 $$, '42501', null, 'anon cannot update campaign days');
select throws_ok($$ delete from public.campaign_metrics $$, '42501', null, 'anon cannot delete campaign days');

-- stranger (owner of Globex)
select tests.authenticate_as('stranger');
select results_eq($$ select day::text from public.campaign_metrics $$, array['2026-11-02'], 'stranger reads only Globex campaign days');
select throws_ok($$ insert into public.campaign_metrics (campaign_id, org_id, day) values (tests.parent_id('Acme'), tests.org_id('Acme'), '2026-10-01') $$,
  '42501', null, 'stranger cannot add a campaign day to Acme');
select is_empty($$ update public.campaign_metrics set revenue = 500 where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot update Acme campaign days');
select is_empty($$ delete from public.campaign_metrics where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot delete Acme campaign days');

-- member, admin and owner of Acme: read-only
select tests.authenticate_as('member');
select results_eq($$ select day::text from public.campaign_metrics $$, array['2026-11-01'], 'member reads Acme campaign days');
select throws_ok($$ insert into public.campaign_metrics (campaign_id, org_id, day) values (tests.parent_id('Acme'), tests.org_id('Acme'), '2026-10-02') $$,
  '42501', null, 'member cannot create a campaign day');
select is_empty($$ update public.campaign_metrics set revenue = 500 returning id $$, 'member cannot update a campaign day');
select is_empty($$ delete from public.campaign_metrics returning id $$, 'member cannot delete a campaign day');
select tests.authenticate_as('admin');
select results_eq($$ select day::text from public.campaign_metrics $$, array['2026-11-01'], 'admin reads Acme campaign days');
select throws_ok($$ insert into public.campaign_metrics (campaign_id, org_id, day) values (tests.parent_id('Acme'), tests.org_id('Acme'), '2026-10-02') $$,
  '42501', null, 'admin cannot create a campaign day');
select is_empty($$ update public.campaign_metrics set revenue = 500 returning id $$, 'admin cannot update a campaign day');
select is_empty($$ delete from public.campaign_metrics returning id $$, 'admin cannot delete a campaign day');
select tests.authenticate_as('owner');
select results_eq($$ select day::text from public.campaign_metrics $$, array['2026-11-01'], 'owner reads Acme campaign days');
select throws_ok($$ insert into public.campaign_metrics (campaign_id, org_id, day) values (tests.parent_id('Acme'), tests.org_id('Acme'), '2026-10-02') $$,
  '42501', null, 'owner cannot create a campaign day');
select is_empty($$ update public.campaign_metrics set revenue = 500 returning id $$, 'owner cannot update a campaign day');
select is_empty($$ delete from public.campaign_metrics returning id $$, 'owner cannot delete a campaign day');

-- staff manage every client's campaign results
select tests.authenticate_as('staff');
select results_eq($$ select day::text from public.campaign_metrics order by 1 $$, array['2026-11-01', '2026-11-02'],
  'staff read every organization''s campaign days');
select lives_ok($$ insert into public.campaign_metrics (campaign_id, org_id, day) values (tests.parent_id('Acme'), tests.org_id('Acme'), '2026-11-03') $$,
  'staff create a campaign day');
select results_eq($$ update public.campaign_metrics set revenue = 500 where day::text = '2026-11-01' returning day::text $$,
  array['2026-11-01'], 'staff update a campaign day');
select results_eq($$ delete from public.campaign_metrics where day::text = '2026-11-03' returning day::text $$,
  array['2026-11-03'], 'staff delete a campaign day');
select throws_ok($$ insert into public.campaign_metrics (campaign_id, org_id, day) values (tests.parent_id('Acme'), tests.org_id('Acme'), '2026-11-01') $$,
  '23505', null, 'one row per campaign and day');
select throws_ok($$ insert into public.campaign_metrics (campaign_id, org_id, day) values (tests.parent_id('Globex'), tests.org_id('Acme'), '2026-11-05') $$,
  '23503', null, 'a day cannot be filed under another organization than its campaign''s');
select throws_ok($$ update public.campaign_metrics set ctr = 1 $$, '428C9', null, 'the ratios are derived, never written');

-- read-only impersonation of the owner: reads as the owner, every write refused
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq($$ select day::text from public.campaign_metrics $$, array['2026-11-01'], 'impersonating staff read as the owner');
select throws_ok($$ insert into public.campaign_metrics (campaign_id, org_id, day) values (tests.parent_id('Acme'), tests.org_id('Acme'), '2026-10-03') $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot insert');
select is_empty($$ update public.campaign_metrics set revenue = 500 returning id $$, 'a read-only impersonation updates nothing');
select is_empty($$ delete from public.campaign_metrics returning id $$, 'a read-only impersonation deletes nothing');

-- service role (jobs, seed)
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.campaign_metrics $$, array[2], 'service role reads every campaign day');
select lives_ok($$ insert into public.campaign_metrics (campaign_id, org_id, day) values (tests.parent_id('Globex'), tests.org_id('Globex'), '2026-10-04') $$,
  'service role inserts a campaign day');
select lives_ok($$ update public.campaign_metrics set revenue = 500 where day::text = '2026-10-04' $$, 'service role updates a campaign day');
select lives_ok($$ delete from public.campaign_metrics where day::text = '2026-10-04' $$, 'service role deletes a campaign day');

-- derived ratios
select results_eq($$ select ctr, cpc, cpa, roas from public.campaign_metrics order by day $$,
  $$ values (0.05, 2.00, 20.00, 5.00), (null::numeric, null::numeric, null::numeric, null::numeric) $$,
  'CTR, CPC, CPA and ROAS follow the day''s numbers, null where nothing was spent or shown');

-- what really changed
select tests.clear_authentication();
select results_eq($$ select day::text, revenue from public.campaign_metrics order by day::text $$,
  $$ values ('2026-11-01', 500.00), ('2026-11-02', 0.00) $$, 'only the allowed changes were made');

select * from finish();
rollback;
