-- public.profiles: one per auth user, created by a trigger on auth.users; a user reads themself and the people
-- in their organizations and edits only their own; staff read everyone.
begin;
select plan(39);
select tests.create_personas();

select results_eq($$ select full_name, locale from public.profiles where id = tests.get_user_id('member') $$,
  $$ values ('Member', 'pt-BR') $$, 'signing up creates the profile from the user metadata');
insert into auth.users (id, email, raw_user_meta_data)
values ('00000000-0000-4000-8000-000000000001', 'oauth@arco.test',
        '{"name": "Olga OAuth", "locale": "en", "avatar_url": "https://cdn.example.com/olga.png"}'),
       ('00000000-0000-4000-8000-000000000002', 'odd@arco.test',
        '{"full_name": "   ", "locale": "xx", "avatar_url": "javascript:alert(1)"}');
select results_eq(
  $$ select full_name, locale, avatar_url from public.profiles
     where id in ('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002') order by id $$,
  $$ values ('Olga OAuth', 'en', 'https://cdn.example.com/olga.png'), (null, 'pt-BR', null) $$,
  'well-formed metadata is kept, anything else dropped');

-- anon
select tests.authenticate_as_anon();
select is_empty($$ select * from public.profiles $$, 'anon reads no profile');
select throws_ok($$ insert into public.profiles (id) values (tests.get_user_id('stranger')) $$,
  '42501', null, 'anon cannot insert a profile');
select is_empty($$ update public.profiles set full_name = 'Hacked' returning id $$, 'anon updates nothing');
select is_empty($$ delete from public.profiles returning id $$, 'anon deletes nothing');

-- stranger
select tests.authenticate_as('stranger');
select results_eq($$ select full_name from public.profiles $$, array['Stranger'], 'stranger reads only themself');
select is_empty($$ update public.profiles set full_name = 'Hacked' where id = tests.get_user_id('member') returning id $$,
  'stranger cannot edit someone else''s profile');
select is_empty($$ delete from public.profiles where id = tests.get_user_id('member') returning id $$,
  'stranger cannot delete a profile');
select throws_ok($$ insert into public.profiles (id) values (gen_random_uuid()) $$, '42501', null, 'stranger cannot insert profiles');

-- member
select tests.authenticate_as('member');
select results_eq($$ select full_name from public.profiles order by full_name $$, array['Admin', 'Member', 'Owner'],
  'member reads themself and their team');
select results_eq($$ update public.profiles set full_name = 'Maria Member', locale = 'en' where id = tests.get_user_id('member') returning full_name $$,
  array['Maria Member'], 'member edits their own profile');
select is_empty($$ update public.profiles set full_name = 'Hacked' where id = tests.get_user_id('owner') returning id $$,
  'member cannot edit a teammate');
select throws_ok($$ update public.profiles set id = tests.get_user_id('owner') where id = tests.get_user_id('member') $$,
  '42501', null, 'a profile cannot be moved to another user');
select throws_ok($$ insert into public.profiles (id) values (gen_random_uuid()) $$, '42501', null, 'member cannot insert profiles');
select is_empty($$ delete from public.profiles where id = tests.get_user_id('member') returning id $$,
  'profiles go with their user, not by deletion');

-- admin and owner: same as any member
select tests.authenticate_as('admin');
select results_eq($$ select count(*)::int from public.profiles $$, array[3], 'admin reads their team');
select is_empty($$ update public.profiles set full_name = 'Hacked' where id = tests.get_user_id('member') returning id $$,
  'admin cannot edit a member''s profile');
select throws_ok($$ insert into public.profiles (id) values (gen_random_uuid()) $$, '42501', null, 'admin cannot insert profiles');
select is_empty($$ delete from public.profiles where id = tests.get_user_id('member') returning id $$,
  'admin cannot delete a member''s profile');
select tests.authenticate_as('owner');
select results_eq($$ select count(*)::int from public.profiles $$, array[3], 'owner reads their team');
select throws_ok($$ insert into public.profiles (id) values (gen_random_uuid()) $$, '42501', null, 'owner cannot insert profiles');
select is_empty($$ delete from public.profiles returning id $$, 'owner cannot delete profiles');
select is_empty($$ update public.profiles set avatar_url = 'https://evil.example.com/x.png' where id <> tests.get_user_id('owner') returning id $$,
  'owner cannot edit others'' profiles');
select throws_ok($$ update public.profiles set avatar_url = 'ftp://example.com/x.png' where id = tests.get_user_id('owner') $$,
  '23514', null, 'avatars are web URLs');

-- staff
select tests.authenticate_as('staff');
select results_eq($$ select count(*)::int from public.profiles $$, array[8], 'staff read every profile');
select is_empty($$ update public.profiles set full_name = 'Hacked' where id <> tests.get_user_id('staff') returning id $$,
  'staff do not edit clients'' profiles');
select throws_ok($$ insert into public.profiles (id) values (gen_random_uuid()) $$, '42501', null, 'staff cannot insert profiles');
select is_empty($$ delete from public.profiles returning id $$, 'staff cannot delete profiles');

-- read-only impersonation of the member
select tests.authenticate_as_impersonator('staff', 'member', true);
select results_eq($$ select count(*)::int from public.profiles $$, array[3], 'impersonating staff reads as the member');
select throws_ok($$ update public.profiles set full_name = 'Oops' where id = tests.get_user_id('member') $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot edit the profile');
select throws_ok($$ insert into public.profiles (id) values (gen_random_uuid()) $$, '42501', null,
  'a read-only impersonation cannot insert');
select is_empty($$ delete from public.profiles returning id $$, 'a read-only impersonation deletes nothing');

-- service role
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.profiles $$, array[8], 'service role reads every profile');
select lives_ok($$ update public.profiles set full_name = 'Olga O.' where id = '00000000-0000-4000-8000-000000000001' $$,
  'service role edits any profile');
select lives_ok($$ delete from public.profiles where id = '00000000-0000-4000-8000-000000000002' $$,
  'service role deletes a profile');
select lives_ok($$ insert into public.profiles (id, full_name) values ('00000000-0000-4000-8000-000000000002', 'Odd') $$,
  'service role inserts a profile');

-- deleting the user removes the profile
select tests.clear_authentication();
delete from auth.users where id = '00000000-0000-4000-8000-000000000001';
select is_empty($$ select 1 from public.profiles where id = '00000000-0000-4000-8000-000000000001' $$,
  'the profile goes with its user');
select results_eq(
  $$ select full_name, locale from public.profiles where id in (tests.get_user_id('member'), tests.get_user_id('owner')) order by full_name $$,
  $$ values ('Maria Member', 'en'), ('Owner', 'pt-BR') $$,
  'only the member''s own edit was stored');

select * from finish();
rollback;
