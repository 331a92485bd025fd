-- public.deliveries: staff record what they delivered on a project, the client's members read it. A delivery
-- always belongs to its project's organization (composite foreign key).
begin;
select plan(35);
select tests.create_personas();
insert into public.projects (org_id, name) values (tests.org_id('Acme'), 'Acme site'), (tests.org_id('Globex'), 'Globex shop');
-- An organization's (only) project, usable while authenticated.
create function tests.parent_id(org text) returns uuid
language sql stable security definer
as $$ select p.id from public.projects p where p.org_id = tests.org_id(org) $$;
insert into public.deliveries (project_id, org_id, title, url) values
  (tests.parent_id('Acme'), tests.org_id('Acme'), 'Acme homepage', 'https://acme.test'),
  (tests.parent_id('Globex'), tests.org_id('Globex'), 'Globex catalog', 'https://globex.test');

-- anon: no table privileges at all
select tests.authenticate_as_anon();
select throws_ok($$ select * from public.deliveries $$, '42501', null, 'anon cannot read deliveries');
select throws_ok($$ insert into public.deliveries (project_id, org_id, title) values (tests.parent_id('Acme'), tests.org_id('Acme'), 'Evil') $$,
  '42501', null, 'anon cannot insert a delivery');
select throws_ok($$ update public.deliveries set notes = 'Reviewed' $$, '42501', null, 'anon cannot update deliveries');
select throws_ok($$ delete from public.deliveries $$, '42501', null, 'anon cannot delete deliveries');

-- stranger (owner of Globex)
select tests.authenticate_as('stranger');
select results_eq($$ select title from public.deliveries $$, array['Globex catalog'], 'stranger reads only Globex deliveries');
select throws_ok($$ insert into public.deliveries (project_id, org_id, title) values (tests.parent_id('Acme'), tests.org_id('Acme'), 'Evil') $$,
  '42501', null, 'stranger cannot add a delivery to Acme');
select is_empty($$ update public.deliveries set notes = 'Reviewed' where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot update Acme deliveries');
select is_empty($$ delete from public.deliveries where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot delete Acme deliveries');

-- member, admin and owner of Acme: read-only
select tests.authenticate_as('member');
select results_eq($$ select title from public.deliveries $$, array['Acme homepage'], 'member reads Acme deliveries');
select throws_ok($$ insert into public.deliveries (project_id, org_id, title) values (tests.parent_id('Acme'), tests.org_id('Acme'), 'Mine') $$,
  '42501', null, 'member cannot create a delivery');
select is_empty($$ update public.deliveries set notes = 'Reviewed' returning id $$, 'member cannot update a delivery');
select is_empty($$ delete from public.deliveries returning id $$, 'member cannot delete a delivery');
select tests.authenticate_as('admin');
select results_eq($$ select title from public.deliveries $$, array['Acme homepage'], 'admin reads Acme deliveries');
select throws_ok($$ insert into public.deliveries (project_id, org_id, title) values (tests.parent_id('Acme'), tests.org_id('Acme'), 'Mine') $$,
  '42501', null, 'admin cannot create a delivery');
select is_empty($$ update public.deliveries set notes = 'Reviewed' returning id $$, 'admin cannot update a delivery');
select is_empty($$ delete from public.deliveries returning id $$, 'admin cannot delete a delivery');
select tests.authenticate_as('owner');
select results_eq($$ select title from public.deliveries $$, array['Acme homepage'], 'owner reads Acme deliveries');
select throws_ok($$ insert into public.deliveries (project_id, org_id, title) values (tests.parent_id('Acme'), tests.org_id('Acme'), 'Mine') $$,
  '42501', null, 'owner cannot create a delivery');
select is_empty($$ update public.deliveries set notes = 'Reviewed' returning id $$, 'owner cannot update a delivery');
select is_empty($$ delete from public.deliveries returning id $$, 'owner cannot delete a delivery');

-- staff manage every client's deliveries
select tests.authenticate_as('staff');
select results_eq($$ select title from public.deliveries order by 1 $$, array['Acme homepage', 'Globex catalog'],
  'staff read every organization''s deliveries');
select lives_ok($$ insert into public.deliveries (project_id, org_id, title) values (tests.parent_id('Acme'), tests.org_id('Acme'), 'Acme blog') $$,
  'staff create a delivery');
select results_eq($$ update public.deliveries set notes = 'Reviewed' where title = 'Acme homepage' returning title $$,
  array['Acme homepage'], 'staff update a delivery');
select results_eq($$ delete from public.deliveries where title = 'Acme blog' returning title $$,
  array['Acme blog'], 'staff delete a delivery');
select throws_ok($$ insert into public.deliveries (project_id, org_id, title) values (tests.parent_id('Globex'), tests.org_id('Acme'), 'Crossed') $$,
  '23503', null, 'a delivery cannot be filed under another organization than its project''s');
select throws_ok($$ update public.deliveries set url = 'javascript:alert(1)' where title = 'Acme homepage' $$,
  '23514', null, 'links are http(s)');

-- read-only impersonation of the owner: reads as the owner, every write refused
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq($$ select title from public.deliveries $$, array['Acme homepage'], 'impersonating staff read as the owner');
select throws_ok($$ insert into public.deliveries (project_id, org_id, title) values (tests.parent_id('Acme'), tests.org_id('Acme'), 'Shadow') $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot insert');
select is_empty($$ update public.deliveries set notes = 'Reviewed' returning id $$, 'a read-only impersonation updates nothing');
select is_empty($$ delete from public.deliveries returning id $$, 'a read-only impersonation deletes nothing');

-- service role (jobs, seed)
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.deliveries $$, array[2], 'service role reads every delivery');
select lives_ok($$ insert into public.deliveries (project_id, org_id, title) values (tests.parent_id('Globex'), tests.org_id('Globex'), 'Imported') $$,
  'service role inserts a delivery');
select lives_ok($$ update public.deliveries set notes = 'Reviewed' where title = 'Imported' $$, 'service role updates a delivery');
select lives_ok($$ delete from public.deliveries where title = 'Imported' $$, 'service role deletes a delivery');

-- what really changed
select tests.clear_authentication();
select results_eq($$ select title, notes from public.deliveries order by title $$,
  $$ values ('Acme homepage', 'Reviewed'), ('Globex catalog', null) $$, 'only the allowed changes were made');

select * from finish();
rollback;
