-- public.campaigns: ad campaigns the agency runs for each client (Google Ads, Meta Ads), synced by jobs or
-- edited by staff, read by the client's members.
begin;
select plan(36);
select tests.create_personas();
insert into public.campaigns (org_id, platform, external_id, name, daily_budget) values
  (tests.org_id('Acme'), 'google_ads', 'g-100', 'Acme search', 150),
  (tests.org_id('Globex'), 'meta_ads', 'm-200', 'Globex retargeting', 80);

-- anon: no table privileges at all
select tests.authenticate_as_anon();
select throws_ok($$ select * from public.campaigns $$, '42501', null, 'anon cannot read campaigns');
select throws_ok($$ insert into public.campaigns (org_id, platform, name) values (tests.org_id('Acme'), 'google_ads', 'Evil') $$,
  '42501', null, 'anon cannot insert a campaign');
select throws_ok($$ update public.campaigns set status = 'paused' $$, '42501', null, 'anon cannot update campaigns');
select throws_ok($$ delete from public.campaigns $$, '42501', null, 'anon cannot delete campaigns');

-- stranger (owner of Globex)
select tests.authenticate_as('stranger');
select results_eq($$ select name from public.campaigns $$, array['Globex retargeting'], 'stranger reads only Globex campaigns');
select throws_ok($$ insert into public.campaigns (org_id, platform, name) values (tests.org_id('Acme'), 'google_ads', 'Evil') $$,
  '42501', null, 'stranger cannot add a campaign to Acme');
select is_empty($$ update public.campaigns set status = 'paused' where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot update Acme campaigns');
select is_empty($$ delete from public.campaigns where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot delete Acme campaigns');

-- member, admin and owner of Acme: read-only
select tests.authenticate_as('member');
select results_eq($$ select name from public.campaigns $$, array['Acme search'], 'member reads Acme campaigns');
select throws_ok($$ insert into public.campaigns (org_id, platform, name) values (tests.org_id('Acme'), 'google_ads', 'Mine') $$,
  '42501', null, 'member cannot create a campaign');
select is_empty($$ update public.campaigns set status = 'paused' returning id $$, 'member cannot update a campaign');
select is_empty($$ delete from public.campaigns returning id $$, 'member cannot delete a campaign');
select tests.authenticate_as('admin');
select results_eq($$ select name from public.campaigns $$, array['Acme search'], 'admin reads Acme campaigns');
select throws_ok($$ insert into public.campaigns (org_id, platform, name) values (tests.org_id('Acme'), 'google_ads', 'Mine') $$,
  '42501', null, 'admin cannot create a campaign');
select is_empty($$ update public.campaigns set status = 'paused' returning id $$, 'admin cannot update a campaign');
select is_empty($$ delete from public.campaigns returning id $$, 'admin cannot delete a campaign');
select tests.authenticate_as('owner');
select results_eq($$ select name from public.campaigns $$, array['Acme search'], 'owner reads Acme campaigns');
select throws_ok($$ insert into public.campaigns (org_id, platform, name) values (tests.org_id('Acme'), 'google_ads', 'Mine') $$,
  '42501', null, 'owner cannot create a campaign');
select is_empty($$ update public.campaigns set status = 'paused' returning id $$, 'owner cannot update a campaign');
select is_empty($$ delete from public.campaigns returning id $$, 'owner cannot delete a campaign');

-- staff manage every client's campaigns
select tests.authenticate_as('staff');
select results_eq($$ select name from public.campaigns order by 1 $$, array['Acme search', 'Globex retargeting'],
  'staff read every organization''s campaigns');
select lives_ok($$ insert into public.campaigns (org_id, platform, name) values (tests.org_id('Acme'), 'google_ads', 'Acme display') $$,
  'staff create a campaign');
select results_eq($$ update public.campaigns set status = 'paused' where name = 'Acme search' returning name $$,
  array['Acme search'], 'staff update a campaign');
select results_eq($$ delete from public.campaigns where name = 'Acme display' returning name $$,
  array['Acme display'], 'staff delete a campaign');
select throws_ok($$ insert into public.campaigns (org_id, platform, external_id, name) values (tests.org_id('Acme'), 'google_ads', 'g-100', 'Twin') $$,
  '23505', null, 'a platform campaign is mirrored once per organization');
select throws_ok($$ update public.campaigns set platform = 'tiktok_ads' where name = 'Acme search' $$,
  '23514', null, 'platforms are Google Ads and Meta Ads');
select throws_ok($$ update public.campaigns set started_on = '2026-11-10', ended_on = '2026-11-01' where name = 'Acme search' $$,
  '23514', null, 'a campaign cannot end before it starts');

-- read-only impersonation of the owner: reads as the owner, every write refused
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq($$ select name from public.campaigns $$, array['Acme search'], 'impersonating staff read as the owner');
select throws_ok($$ insert into public.campaigns (org_id, platform, name) values (tests.org_id('Acme'), 'google_ads', 'Shadow') $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot insert');
select is_empty($$ update public.campaigns set status = 'paused' returning id $$, 'a read-only impersonation updates nothing');
select is_empty($$ delete from public.campaigns returning id $$, 'a read-only impersonation deletes nothing');

-- service role (jobs, seed)
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.campaigns $$, array[2], 'service role reads every campaign');
select lives_ok($$ insert into public.campaigns (org_id, platform, name) values (tests.org_id('Globex'), 'google_ads', 'Imported') $$,
  'service role inserts a campaign');
select lives_ok($$ update public.campaigns set status = 'paused' where name = 'Imported' $$, 'service role updates a campaign');
select lives_ok($$ delete from public.campaigns where name = 'Imported' $$, 'service role deletes a campaign');

-- what really changed
select tests.clear_authentication();
select results_eq($$ select name, status, daily_budget, currency from public.campaigns order by name $$,
  $$ values ('Acme search', 'paused', 150.00, 'BRL'), ('Globex retargeting', 'active', 80.00, 'BRL') $$, 'only the allowed changes were made');

select * from finish();
rollback;
