-- public.account_deletions: a person asks for their account's erasure (typed email), waits 30 days, may cancel;
-- a sole owner must first hand over or delete the organization.
begin;
select plan(17);
select tests.create_personas();
select tests.create_user('loner');

select tests.authenticate_as_anon();
select throws_ok($$ select * from public.account_deletions $$, '42501', null, 'anon cannot read deletions');
select throws_ok($$ select public.request_account_deletion('x') $$, '42501', null, 'anon cannot request one');

select tests.authenticate_as('member');
select throws_ok($$ select public.request_account_deletion('someone@arco.test') $$, '23514', null,
  'the typed email must be the account''s');
select lives_ok($$ select public.request_account_deletion(' Member@Arco.test ') $$,
  'a member requests the deletion of their account');
select results_eq($$ select (erase_after - requested_at)::text from public.account_deletions $$,
  array['30 days'], 'a 30-day grace period');
select results_eq($$ select public.request_account_deletion('member@arco.test') =
  (select erase_after from public.account_deletions) $$, array[true], 'asking again keeps the deadline');
select throws_ok($$ update public.account_deletions set erase_after = now() $$, '42501', null,
  'no direct updates');
select results_eq($$ select public.cancel_account_deletion() $$, array[true], 'the member cancels within the grace');
select results_eq($$ select public.cancel_account_deletion() $$, array[false], 'nothing left to cancel');

select tests.authenticate_as('admin');
select is_empty($$ select user_id from public.account_deletions $$, 'nobody else sees the request');

select tests.authenticate_as('owner');
select throws_ok($$ select public.request_account_deletion('owner@arco.test') $$, 'P0001', 'sole_owner',
  'the only owner of an organization must transfer or delete it first');

select tests.authenticate_as_impersonator('staff', 'member', false);
select throws_ok($$ select public.request_account_deletion('member@arco.test') $$, '42501',
  'impersonation_read_only', 'staff viewing as the member cannot ask for the erasure');

select tests.authenticate_as('loner');
select lives_ok($$ select public.request_account_deletion('loner@arco.test') $$, 'a user in no organization asks');

select tests.clear_authentication();
select results_eq($$ select count(*)::int from public.email_outbox where template = 'account-deletion-requested' $$,
  array[2], 'one confirmation email per request (the member''s and the loner''s)');
select results_eq($$ select count(*)::int from public.account_deletions where cancelled_at is not null $$,
  array[1], 'the member''s request is recorded as cancelled');

-- asking again after cancelling starts over, with a new email
select tests.authenticate_as('member');
select lives_ok($$ select public.request_account_deletion('member@arco.test') $$, 'the member asks again');
select tests.clear_authentication();
select results_eq($$ select count(*)::int from public.account_deletions where cancelled_at is null $$,
  array[2], 'a new request after a cancellation is pending again');

select * from finish();
rollback;
