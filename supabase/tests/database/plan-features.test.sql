-- Plan features that are not counts: white-label branding (enterprise only) and the ad platforms a campaign
-- may run on (free: none, basic: Google Ads, pro and enterprise: Google and Meta). Refusals name the feature
-- as `tier_limit_exceeded:<feature>`; a downgrade keeps what exists.
begin;
select plan(12);
select tests.create_personas();
select tests.create_user('basic_owner');
select tests.add_member(tests.create_org('Basic Co', 'basic'), 'basic_owner', 'owner');
select tests.create_user('free_owner');
select tests.add_member(tests.create_org('Free Co', 'free'), 'free_owner', 'owner');

-- White label: Acme is on pro.
select tests.authenticate_as('owner');
select throws_ok(
  $$ update public.organizations set white_label = '{"primary_color": "#0a7"}' where id = tests.org_id('Acme') $$,
  '23514', 'tier_limit_exceeded:white_label', 'a pro organization cannot brand Arco as its own');
select lives_ok($$ update public.organizations set white_label = '{}' where id = tests.org_id('Acme') $$,
  'empty branding is always allowed');

select tests.authenticate_as('staff_admin');
select lives_ok($$ update public.organizations set tier = 'enterprise' where id = tests.org_id('Acme') $$,
  'staff admin moves Acme to enterprise');
select tests.authenticate_as('owner');
select results_eq(
  $$ update public.organizations set white_label = '{"primary_color": "#0a7", "logo_url": "https://acme.example/logo.svg"}'
     where id = tests.org_id('Acme') returning white_label ->> 'primary_color' $$,
  array['#0a7'], 'an enterprise owner sets the branding');
select tests.authenticate_as('staff_admin');
select lives_ok($$ update public.organizations set tier = 'pro' where id = tests.org_id('Acme') $$,
  'a downgrade is not blocked by existing branding');
select tests.authenticate_as('owner');
select results_eq($$ select white_label ->> 'primary_color' from public.organizations where id = tests.org_id('Acme') $$,
  array['#0a7'], 'and deletes none of it');
select throws_ok(
  $$ update public.organizations set white_label = '{"primary_color": "#f00"}' where id = tests.org_id('Acme') $$,
  '23514', 'tier_limit_exceeded:white_label', 'but changing it needs the plan again');

-- Campaign platforms: written by staff (the agency runs the campaigns).
select tests.authenticate_as('staff_admin');
select throws_ok(
  $$ insert into public.campaigns (org_id, platform, name) values (tests.org_id('Free Co'), 'google_ads', 'Search') $$,
  '23514', 'tier_limit_exceeded:campaign_platform', 'free plans run no campaigns');
select lives_ok(
  $$ insert into public.campaigns (org_id, platform, name) values (tests.org_id('Basic Co'), 'google_ads', 'Search') $$,
  'basic plans run Google Ads');
select throws_ok(
  $$ insert into public.campaigns (org_id, platform, name) values (tests.org_id('Basic Co'), 'meta_ads', 'Stories') $$,
  '23514', 'tier_limit_exceeded:campaign_platform', 'but not Meta Ads');
select throws_ok(
  $$ update public.campaigns set platform = 'meta_ads' where name = 'Search' and org_id = tests.org_id('Basic Co') $$,
  '23514', 'tier_limit_exceeded:campaign_platform', 'nor by moving a campaign to Meta');
select lives_ok(
  $$ insert into public.campaigns (org_id, platform, name) values (tests.org_id('Acme'), 'meta_ads', 'Stories') $$,
  'pro plans run Meta Ads');

select * from finish();
rollback;
