-- public.milestones: staff plan a project's milestones, the client's members read them. A milestone always
-- belongs to its project's organization (composite foreign key).
begin;
select plan(36);
select tests.create_personas();
insert into public.projects (org_id, name) values (tests.org_id('Acme'), 'Acme site'), (tests.org_id('Globex'), 'Globex shop');
-- An organization's (only) project, usable while authenticated.
create function tests.parent_id(org text) returns uuid
language sql stable security definer
as $$ select p.id from public.projects p where p.org_id = tests.org_id(org) $$;
insert into public.milestones (project_id, org_id, title, position) values
  (tests.parent_id('Acme'), tests.org_id('Acme'), 'Acme launch', 1),
  (tests.parent_id('Globex'), tests.org_id('Globex'), 'Globex launch', 1);

-- anon: no table privileges at all
select tests.authenticate_as_anon();
select throws_ok($$ select * from public.milestones $$, '42501', null, 'anon cannot read milestones');
select throws_ok($$ insert into public.milestones (project_id, org_id, title) values (tests.parent_id('Acme'), tests.org_id('Acme'), 'Evil') $$,
  '42501', null, 'anon cannot insert a milestone');
select throws_ok($$ update public.milestones set completed_at = now() $$, '42501', null, 'anon cannot update milestones');
select throws_ok($$ delete from public.milestones $$, '42501', null, 'anon cannot delete milestones');

-- stranger (owner of Globex)
select tests.authenticate_as('stranger');
select results_eq($$ select title from public.milestones $$, array['Globex launch'], 'stranger reads only Globex milestones');
select throws_ok($$ insert into public.milestones (project_id, org_id, title) values (tests.parent_id('Acme'), tests.org_id('Acme'), 'Evil') $$,
  '42501', null, 'stranger cannot add a milestone to Acme');
select is_empty($$ update public.milestones set completed_at = now() where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot update Acme milestones');
select is_empty($$ delete from public.milestones where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot delete Acme milestones');

-- member, admin and owner of Acme: read-only
select tests.authenticate_as('member');
select results_eq($$ select title from public.milestones $$, array['Acme launch'], 'member reads Acme milestones');
select throws_ok($$ insert into public.milestones (project_id, org_id, title) values (tests.parent_id('Acme'), tests.org_id('Acme'), 'Mine') $$,
  '42501', null, 'member cannot create a milestone');
select is_empty($$ update public.milestones set completed_at = now() returning id $$, 'member cannot update a milestone');
select is_empty($$ delete from public.milestones returning id $$, 'member cannot delete a milestone');
select tests.authenticate_as('admin');
select results_eq($$ select title from public.milestones $$, array['Acme launch'], 'admin reads Acme milestones');
select throws_ok($$ insert into public.milestones (project_id, org_id, title) values (tests.parent_id('Acme'), tests.org_id('Acme'), 'Mine') $$,
  '42501', null, 'admin cannot create a milestone');
select is_empty($$ update public.milestones set completed_at = now() returning id $$, 'admin cannot update a milestone');
select is_empty($$ delete from public.milestones returning id $$, 'admin cannot delete a milestone');
select tests.authenticate_as('owner');
select results_eq($$ select title from public.milestones $$, array['Acme launch'], 'owner reads Acme milestones');
select throws_ok($$ insert into public.milestones (project_id, org_id, title) values (tests.parent_id('Acme'), tests.org_id('Acme'), 'Mine') $$,
  '42501', null, 'owner cannot create a milestone');
select is_empty($$ update public.milestones set completed_at = now() returning id $$, 'owner cannot update a milestone');
select is_empty($$ delete from public.milestones returning id $$, 'owner cannot delete a milestone');

-- staff manage every client's milestones
select tests.authenticate_as('staff');
select results_eq($$ select title from public.milestones order by 1 $$, array['Acme launch', 'Globex launch'],
  'staff read every organization''s milestones');
select lives_ok($$ insert into public.milestones (project_id, org_id, title) values (tests.parent_id('Acme'), tests.org_id('Acme'), 'Acme beta') $$,
  'staff create a milestone');
select results_eq($$ update public.milestones set completed_at = now() where title = 'Acme launch' returning title $$,
  array['Acme launch'], 'staff update a milestone');
select results_eq($$ delete from public.milestones where title = 'Acme beta' returning title $$,
  array['Acme beta'], 'staff delete a milestone');
select throws_ok($$ insert into public.milestones (project_id, org_id, title) values (tests.parent_id('Acme'), tests.org_id('Globex'), 'Crossed') $$,
  '23503', null, 'a milestone cannot be filed under another organization than its project''s');
select throws_ok($$ update public.milestones set org_id = tests.org_id('Globex') where title = 'Acme launch' $$,
  '23503', null, 'nor moved to another organization');

-- read-only impersonation of the owner: reads as the owner, every write refused
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq($$ select title from public.milestones $$, array['Acme launch'], 'impersonating staff read as the owner');
select throws_ok($$ insert into public.milestones (project_id, org_id, title) values (tests.parent_id('Acme'), tests.org_id('Acme'), 'Shadow') $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot insert');
select is_empty($$ update public.milestones set completed_at = now() returning id $$, 'a read-only impersonation updates nothing');
select is_empty($$ delete from public.milestones returning id $$, 'a read-only impersonation deletes nothing');

-- service role (jobs, seed)
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.milestones $$, array[2], 'service role reads every milestone');
select lives_ok($$ insert into public.milestones (project_id, org_id, title) values (tests.parent_id('Globex'), tests.org_id('Globex'), 'Imported') $$,
  'service role inserts a milestone');
select lives_ok($$ update public.milestones set completed_at = now() where title = 'Imported' $$, 'service role updates a milestone');
select lives_ok($$ delete from public.milestones where title = 'Imported' $$, 'service role deletes a milestone');

-- deleting a project deletes its milestones
select tests.clear_authentication();
delete from public.projects where name = 'Globex shop';
select is_empty($$ select 1 from public.milestones where org_id = tests.org_id('Globex') $$, 'no milestone outlives its project');

-- what really changed
select tests.clear_authentication();
select results_eq($$ select title, completed_at is not null from public.milestones order by title $$,
  $$ values ('Acme launch', true) $$, 'only the allowed changes were made');

select * from finish();
rollback;
