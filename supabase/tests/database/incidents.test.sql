-- public.incidents: outages of client sites with the agency's cause and postmortem, written by staff or jobs and
-- read by the client's members.
begin;
select plan(35);
select tests.create_personas();
insert into public.incidents (org_id, title, severity, started_at) values
  (tests.org_id('Acme'), 'Acme checkout down', 'critical', now() - interval '2 hours'),
  (tests.org_id('Globex'), 'Globex slow images', 'minor', now() - interval '1 day');

-- anon: no table privileges at all
select tests.authenticate_as_anon();
select throws_ok($$ select * from public.incidents $$, '42501', null, 'anon cannot read incidents');
select throws_ok($$ insert into public.incidents (org_id, title, severity) values (tests.org_id('Acme'), 'Evil', 'major') $$,
  '42501', null, 'anon cannot insert an incident');
select throws_ok($$ update public.incidents set resolved_at = now(), cause = 'Expired certificate' $$, '42501', null, 'anon cannot update incidents');
select throws_ok($$ delete from public.incidents $$, '42501', null, 'anon cannot delete incidents');

-- stranger (owner of Globex)
select tests.authenticate_as('stranger');
select results_eq($$ select title from public.incidents $$, array['Globex slow images'], 'stranger reads only Globex incidents');
select throws_ok($$ insert into public.incidents (org_id, title, severity) values (tests.org_id('Acme'), 'Evil', 'major') $$,
  '42501', null, 'stranger cannot add an incident to Acme');
select is_empty($$ update public.incidents set resolved_at = now(), cause = 'Expired certificate' where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot update Acme incidents');
select is_empty($$ delete from public.incidents where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot delete Acme incidents');

-- member, admin and owner of Acme: read-only
select tests.authenticate_as('member');
select results_eq($$ select title from public.incidents $$, array['Acme checkout down'], 'member reads Acme incidents');
select throws_ok($$ insert into public.incidents (org_id, title, severity) values (tests.org_id('Acme'), 'Mine', 'major') $$,
  '42501', null, 'member cannot create an incident');
select is_empty($$ update public.incidents set resolved_at = now(), cause = 'Expired certificate' returning id $$, 'member cannot update an incident');
select is_empty($$ delete from public.incidents returning id $$, 'member cannot delete an incident');
select tests.authenticate_as('admin');
select results_eq($$ select title from public.incidents $$, array['Acme checkout down'], 'admin reads Acme incidents');
select throws_ok($$ insert into public.incidents (org_id, title, severity) values (tests.org_id('Acme'), 'Mine', 'major') $$,
  '42501', null, 'admin cannot create an incident');
select is_empty($$ update public.incidents set resolved_at = now(), cause = 'Expired certificate' returning id $$, 'admin cannot update an incident');
select is_empty($$ delete from public.incidents returning id $$, 'admin cannot delete an incident');
select tests.authenticate_as('owner');
select results_eq($$ select title from public.incidents $$, array['Acme checkout down'], 'owner reads Acme incidents');
select throws_ok($$ insert into public.incidents (org_id, title, severity) values (tests.org_id('Acme'), 'Mine', 'major') $$,
  '42501', null, 'owner cannot create an incident');
select is_empty($$ update public.incidents set resolved_at = now(), cause = 'Expired certificate' returning id $$, 'owner cannot update an incident');
select is_empty($$ delete from public.incidents returning id $$, 'owner cannot delete an incident');

-- staff manage every client's incidents
select tests.authenticate_as('staff');
select results_eq($$ select title from public.incidents order by 1 $$, array['Acme checkout down', 'Globex slow images'],
  'staff read every organization''s incidents');
select lives_ok($$ insert into public.incidents (org_id, title, severity) values (tests.org_id('Acme'), 'Acme DNS outage', 'major') $$,
  'staff create an incident');
select results_eq($$ update public.incidents set resolved_at = now(), cause = 'Expired certificate' where title = 'Acme checkout down' returning title $$,
  array['Acme checkout down'], 'staff update an incident');
select results_eq($$ delete from public.incidents where title = 'Acme DNS outage' returning title $$,
  array['Acme DNS outage'], 'staff delete an incident');
select throws_ok($$ update public.incidents set severity = 'apocalyptic' where title = 'Acme checkout down' $$,
  '23514', null, 'severity is minor, major or critical');
select throws_ok($$ update public.incidents set resolved_at = started_at - interval '1 minute' where title = 'Acme checkout down' $$,
  '23514', null, 'an incident cannot end before it started');

-- read-only impersonation of the owner: reads as the owner, every write refused
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq($$ select title from public.incidents $$, array['Acme checkout down'], 'impersonating staff read as the owner');
select throws_ok($$ insert into public.incidents (org_id, title, severity) values (tests.org_id('Acme'), 'Shadow', 'major') $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot insert');
select is_empty($$ update public.incidents set resolved_at = now(), cause = 'Expired certificate' returning id $$, 'a read-only impersonation updates nothing');
select is_empty($$ delete from public.incidents returning id $$, 'a read-only impersonation deletes nothing');

-- service role (jobs, seed)
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.incidents $$, array[2], 'service role reads every incident');
select lives_ok($$ insert into public.incidents (org_id, title, severity) values (tests.org_id('Globex'), 'Imported', 'major') $$,
  'service role inserts an incident');
select lives_ok($$ update public.incidents set resolved_at = now(), cause = 'Expired certificate' where title = 'Imported' $$, 'service role updates an incident');
select lives_ok($$ delete from public.incidents where title = 'Imported' $$, 'service role deletes an incident');

-- what really changed
select tests.clear_authentication();
select results_eq($$ select title, cause from public.incidents order by title $$,
  $$ values ('Acme checkout down', 'Expired certificate'), ('Globex slow images', null) $$, 'only the allowed changes were made');

select * from finish();
rollback;
