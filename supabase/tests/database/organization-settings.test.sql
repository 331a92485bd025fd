-- What the settings page writes: the billing address, the white-label shape, the slug's history (old slugs
-- redirect and stay reserved), the brand-logos bucket, and deleting an organization (owner only, typed slug,
-- not while a subscription bills).
begin;
select plan(24);
select tests.create_personas();
update public.organizations set tier = 'enterprise' where name = 'Acme';

-- billing email and white label
select tests.authenticate_as('admin');
select lives_ok($$ update public.organizations set billing_email = 'Finance@Acme.test' where name = 'Acme' $$,
  'an admin sets the billing email');
select throws_ok($$ update public.organizations set billing_email = 'not an address' where name = 'Acme' $$,
  '23514', null, 'a malformed billing email is refused');
select lives_ok(
  $$ update public.organizations set white_label = '{"brand_name": "Acme", "primary_color": "#0F4C81", "accent_color": "#F2A900"}'
     where name = 'Acme' $$,
  'an admin of an enterprise organization sets its brand');
select throws_ok($$ update public.organizations set white_label = '{"primary_color": "red"}' where name = 'Acme' $$,
  '23514', null, 'a colour that is not a hex colour is refused');
select throws_ok($$ update public.organizations set white_label = '{"css": "body{display:none}"}' where name = 'Acme' $$,
  '23514', null, 'an unknown branding key is refused');
select throws_ok($$ update public.organizations set white_label = '{"logo_url": "http://tracker.example/p.gif"}' where name = 'Acme' $$,
  '23514', null, 'a logo URL must be https');

-- slugs: the old one is remembered for the organization, reserved against others, and can be taken back
select lives_ok($$ update public.organizations set slug = 'acme-co' where name = 'Acme' $$, 'an admin changes the slug');
select results_eq($$ select slug, org_id from public.organization_slug_history $$,
  $$ values ('acme', tests.org_id('Acme')) $$, 'the old slug is remembered, readable by the organization''s members');
select tests.authenticate_as('stranger');
select is_empty($$ select 1 from public.organization_slug_history $$, 'another organization does not read it');
select throws_ok($$ update public.organizations set slug = 'acme' where name = 'Globex' $$,
  '23505', 'slug_taken: acme was used by another organization', 'nor can it take the old slug');
select throws_ok($$ select public.create_organization('Copycat', 'acme') $$,
  '23505', 'slug_taken: acme was used by another organization', 'nor can a new organization');
select tests.authenticate_as('owner');
select lives_ok($$ update public.organizations set slug = 'acme' where name = 'Acme' $$, 'the organization takes its slug back');
select results_eq($$ select slug from public.organization_slug_history $$, array['acme-co'],
  'and the slug it left is remembered instead');

-- brand logos: owners and admins upload and remove, members read, other organizations see nothing
select tests.authenticate_as('member');
select throws_ok(
  $$ insert into storage.objects (bucket_id, name) values ('brand-logos', tests.org_id('Acme') || '/logo.png') $$,
  '42501', null, 'a member cannot upload the logo');
select tests.authenticate_as('admin');
select lives_ok(
  $$ insert into storage.objects (bucket_id, name) values ('brand-logos', tests.org_id('Acme') || '/logo.png') $$,
  'an admin uploads the logo');
select tests.authenticate_as('member');
select results_eq($$ select count(*)::int from storage.objects where bucket_id = 'brand-logos' $$, array[1],
  'members read it');
select tests.authenticate_as('stranger');
select is_empty($$ select 1 from storage.objects where bucket_id = 'brand-logos' $$, 'another organization does not');

-- deleting the organization
select tests.authenticate_as('admin');
select throws_ok($$ select public.delete_organization(tests.org_id('Acme'), 'acme') $$,
  '42501', 'only_owner_deletes', 'an admin cannot delete the organization');
select tests.authenticate_as('owner');
select throws_ok($$ select public.delete_organization(tests.org_id('Acme'), 'Acme') $$,
  '23514', 'confirmation_mismatch: type the organization''s slug', 'the slug must be typed exactly');
select tests.clear_authentication();
insert into public.subscriptions (org_id, stripe_subscription_id, plan_key, status, current_period_start, current_period_end,
  amount, currency, interval)
values (tests.org_id('Acme'), 'sub_settings', 'enterprise', 'active', now(), now() + interval '1 month', 2997, 'BRL', 'month');
select tests.authenticate_as('owner');
select throws_ok($$ select public.delete_organization(tests.org_id('Acme'), 'acme') $$,
  '55006', 'subscription_active: cancel the subscription first', 'not while a subscription bills');
select tests.clear_authentication();
update public.subscriptions set status = 'canceled' where stripe_subscription_id = 'sub_settings';
select tests.authenticate_as_impersonator('staff', 'owner', true);
select throws_ok($$ select public.delete_organization(tests.org_id('Acme'), 'acme') $$,
  '42501', 'impersonation_read_only', 'a read-only view-as cannot delete it');
select tests.authenticate_as('owner');
select lives_ok($$ select public.delete_organization(tests.org_id('Acme'), 'acme') $$, 'the owner deletes it');
select tests.clear_authentication();
select is_empty($$ select 1 from public.organizations where name = 'Acme' $$, 'the organization is gone');
select is_empty($$ select 1 from public.memberships m join auth.users u on u.id = m.user_id where u.email = 'member@arco.test' $$,
  'and its team with it');

select * from finish();
rollback;
