-- public.organization_slug_history: the slugs an organization answered to before. Written by the slug-change
-- trigger only; its organization's members and staff read it (for the redirect), nobody else reads or writes.
begin;
select plan(18);
select tests.create_personas();
update public.organizations set slug = 'acme-old' where name = 'Acme';
update public.organizations set slug = 'acme' where name = 'Acme';
update public.organizations set slug = 'globex-old' where name = 'Globex';
update public.organizations set slug = 'globex' where name = 'Globex';

-- anon: no privilege at all
select tests.authenticate_as_anon();
select throws_ok($$ select * from public.organization_slug_history $$, '42501', null, 'anon cannot read it');
select throws_ok($$ insert into public.organization_slug_history (slug, org_id) values ('x', tests.org_id('Acme')) $$,
  '42501', null, 'anon cannot write it');

-- stranger (owner of Globex)
select tests.authenticate_as('stranger');
select results_eq($$ select slug from public.organization_slug_history $$, array['globex-old'],
  'stranger reads only Globex''s old slugs');
select throws_ok($$ insert into public.organization_slug_history (slug, org_id) values ('acme-new', tests.org_id('Acme')) $$,
  '42501', null, 'stranger cannot reserve a slug for Acme');

-- member, admin, owner: read their organization's history, never write it
select tests.authenticate_as('member');
select results_eq($$ select slug from public.organization_slug_history $$, array['acme-old'], 'member reads Acme''s old slug');
select throws_ok($$ delete from public.organization_slug_history $$, '42501', null, 'member cannot delete it');
select tests.authenticate_as('admin');
select results_eq($$ select slug from public.organization_slug_history $$, array['acme-old'], 'admin reads it');
select throws_ok($$ update public.organization_slug_history set org_id = tests.org_id('Globex') $$, '42501', null,
  'admin cannot move an old slug to another organization');
select tests.authenticate_as('owner');
select results_eq($$ select slug from public.organization_slug_history $$, array['acme-old'], 'owner reads it');
select throws_ok($$ insert into public.organization_slug_history (slug, org_id) values ('squat', tests.org_id('Acme')) $$,
  '42501', null, 'owner cannot reserve slugs by hand');
select throws_ok($$ delete from public.organization_slug_history $$, '42501', null, 'owner cannot free an old slug by hand');

-- staff read everything, write nothing
select tests.authenticate_as('staff');
select results_eq($$ select slug from public.organization_slug_history order by slug $$, array['acme-old', 'globex-old'],
  'staff read every organization''s old slugs');
select throws_ok($$ delete from public.organization_slug_history $$, '42501', null, 'staff cannot delete them');

-- read-only impersonation reads as the target
select tests.authenticate_as_impersonator('staff', 'member', true);
select results_eq($$ select slug from public.organization_slug_history $$, array['acme-old'],
  'impersonating staff reads as the member');
select throws_ok($$ delete from public.organization_slug_history $$, '42501', null, 'and writes nothing');

-- service role
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.organization_slug_history $$, array[2], 'service role reads all');
select tests.clear_authentication();

-- the trigger is the writer: an old slug follows its organization and is freed only by taking it back
select results_eq($$ select org_id from public.organization_slug_history where slug = 'acme-old' $$,
  array[tests.org_id('Acme')], 'the trigger recorded Acme''s old slug');
update public.organizations set slug = 'acme-old' where name = 'Acme';
select results_eq($$ select slug from public.organization_slug_history where org_id = tests.org_id('Acme') $$,
  array['acme'], 'taking the old slug back frees it and remembers the one left');

select * from finish();
rollback;
