-- public.organizations: members read their own organization, owners/admins change its settings, the tier is
-- protected (service role and staff admins only), staff read every organization. Creation goes through
-- public.create_organization, deletion through the service role.
begin;
select plan(44);
select tests.create_personas();

-- anon
select tests.authenticate_as_anon();
select is_empty($$ select * from public.organizations $$, 'anon reads no organization');
select throws_ok($$ insert into public.organizations (name, slug) values ('Evil', 'evil') $$,
  '42501', null, 'anon cannot insert an organization');
select is_empty($$ update public.organizations set name = 'Hacked' returning id $$, 'anon updates nothing');
select is_empty($$ delete from public.organizations returning id $$, 'anon deletes nothing');
select throws_ok($$ select public.create_organization('Evil', 'evil') $$,
  '42501', null, 'anon cannot call create_organization');

-- stranger (owner of Globex)
select tests.authenticate_as('stranger');
select results_eq($$ select name from public.organizations $$, array['Globex'], 'stranger reads only their own organization');
select throws_ok($$ insert into public.organizations (name, slug) values ('Evil', 'evil') $$,
  '42501', null, 'stranger cannot insert an organization directly');
select is_empty($$ update public.organizations set name = 'Hacked' where id = tests.org_id('Acme') returning id $$,
  'stranger cannot update Acme');
select is_empty($$ delete from public.organizations where id = tests.org_id('Acme') returning id $$,
  'stranger cannot delete Acme');

-- member
select tests.authenticate_as('member');
select results_eq($$ select name from public.organizations $$, array['Acme'], 'member reads their organization');
select throws_ok($$ insert into public.organizations (name, slug) values ('Side', 'side') $$,
  '42501', null, 'member cannot insert an organization directly');
select is_empty($$ update public.organizations set name = 'Hacked' returning id $$, 'member cannot change settings');
select is_empty($$ delete from public.organizations returning id $$, 'member cannot delete the organization');

-- admin
select tests.authenticate_as('admin');
select results_eq(
  $$ update public.organizations set locale = 'en', time_zone = 'America/Manaus'
     where id = tests.org_id('Acme') returning locale $$,
  array['en'], 'admin changes the organization settings');
select throws_ok($$ update public.organizations set tier = 'enterprise' where id = tests.org_id('Acme') $$,
  '42501', 'protected_column:tier', 'admin cannot change the tier');
select is_empty($$ delete from public.organizations returning id $$, 'admin cannot delete the organization');
select throws_ok($$ insert into public.organizations (name, slug) values ('Side', 'side') $$,
  '42501', null, 'admin cannot insert an organization directly');

-- owner
select tests.authenticate_as('owner');
select results_eq($$ select name from public.organizations $$, array['Acme'], 'owner reads their organization');
select throws_ok($$ insert into public.organizations (name, slug) values ('Side', 'side') $$,
  '42501', null, 'owner cannot insert an organization directly');
select results_eq($$ update public.organizations set name = 'Acme Inc' where id = tests.org_id('Acme') returning name $$,
  array['Acme Inc'], 'owner renames the organization');
select throws_ok($$ update public.organizations set tier = 'free' where id = tests.org_id('Acme Inc') $$,
  '42501', 'protected_column:tier', 'owner cannot change the tier either');
select throws_ok($$ update public.organizations set slug = 'Not Valid' where id = tests.org_id('Acme Inc') $$,
  '23514', null, 'slugs are lowercase and URL-safe');
select throws_ok($$ update public.organizations set time_zone = 'Mars/Olympus' where id = tests.org_id('Acme Inc') $$,
  '22023', null, 'time zones must be known to Postgres');
select is_empty($$ delete from public.organizations returning id $$, 'owner cannot delete through the API');
select is_empty($$ update public.organizations set name = 'Mine' where id = tests.org_id('Globex') returning id $$,
  'owner of Acme cannot touch Globex');

-- staff (developer) and staff admin
select tests.authenticate_as('staff');
select results_eq($$ select name from public.organizations order by name $$, array['Acme Inc', 'Globex'],
  'staff read every organization');
select is_empty($$ update public.organizations set tier = 'enterprise' returning id $$,
  'staff developers do not change organizations');
select throws_ok($$ insert into public.organizations (name, slug) values ('Side', 'side') $$,
  '42501', null, 'staff cannot insert an organization directly');
select is_empty($$ delete from public.organizations returning id $$, 'staff cannot delete organizations');
select tests.authenticate_as('staff_admin');
select results_eq(
  $$ update public.organizations set tier = 'enterprise' where id = tests.org_id('Globex') returning tier $$,
  array['enterprise'], 'staff admins change the tier');

-- read-only impersonation of the owner: reads as the owner, every write refused
select tests.authenticate_as_impersonator('staff', 'owner', true);
select results_eq($$ select name from public.organizations $$, array['Acme Inc'], 'impersonating staff reads as the owner');
select throws_ok($$ update public.organizations set name = 'Oops' where id = tests.org_id('Acme Inc') $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot update');
select throws_ok($$ select public.create_organization('Shadow', 'shadow') $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot create an organization');
select is_empty($$ delete from public.organizations returning id $$, 'a read-only impersonation deletes nothing');

-- service role
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.organizations $$, array[2], 'service role reads every organization');
select lives_ok($$ insert into public.organizations (name, slug, tier) values ('Initech', 'initech', 'basic') $$,
  'service role inserts an organization on any tier');
select results_eq($$ update public.organizations set tier = 'pro' where slug = 'initech' returning tier $$,
  array['pro'], 'service role changes the tier (billing)');
select lives_ok($$ delete from public.organizations where slug = 'initech' $$, 'service role deletes an organization');
select lives_ok($$ delete from public.organizations where id = tests.org_id('Globex') $$,
  'deleting an organization removes its memberships, last owner included');

-- self-service creation: the caller becomes the owner of a free organization
select tests.authenticate_as('member');
select isnt(public.create_organization('Side Project', 'side-project'), null, 'a user creates an organization');
select results_eq($$ select tier, m.role, m.status from public.organizations o
                     join public.memberships m on m.org_id = o.id and m.user_id = tests.get_user_id('member')
                     where o.slug = 'side-project' $$,
  $$ values ('free', 'owner', 'accepted') $$, 'on the free tier, as its accepted owner');
select throws_ok($$ select public.create_organization('Duplicate', 'side-project') $$,
  '23505', null, 'slugs are unique');

-- what really changed
select tests.clear_authentication();
select results_eq($$ select name, tier, locale from public.organizations order by name $$,
  $$ values ('Acme Inc', 'pro', 'en'), ('Side Project', 'free', 'pt-BR') $$,
  'only the allowed changes were made');
select is_empty($$ select 1 from public.memberships where org_id not in (select id from public.organizations) $$,
  'no memberships outlive their organization');

select * from finish();
rollback;
