-- private.convert_lead: signing up with a lead's address (once confirmed) converts the lead, which stops
-- its nurture emails.
begin;
select plan(8);

insert into public.leads (email, source, consent_at, consent_text_version, status, nurture_step)
values
  ('Ana@Lead.Test', 'analyzer', now(), 'v1', 'nurturing', 2),
  ('bia@lead.test', 'analyzer', now(), 'v1', 'new', 0),
  ('caio@lead.test', 'analyzer', now(), 'v1', 'unsubscribed', 1),
  ('dora@lead.test', 'analyzer', now(), 'v1', 'new', 0);

-- A confirmed sign-up (admin API, OAuth, autoconfirm), with different casing.
insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, created_at, updated_at)
values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated',
  'ana@lead.test', '', now(), now(), now());
select is((select status from public.leads where email = 'ana@lead.test'), 'converted',
  'a confirmed sign-up with the lead''s address converts it, whatever the casing');
select is((select nurture_step from public.leads where email = 'ana@lead.test'), 2,
  'the nurture history is kept');

-- A sign-up that still has to confirm the address.
insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, created_at, updated_at)
values ('00000000-0000-0000-0000-000000000000', '00000000-0000-4000-8000-0000000000b1', 'authenticated',
  'authenticated', 'bia@lead.test', '', null, now(), now());
select is((select status from public.leads where email = 'bia@lead.test'), 'new',
  'an unconfirmed sign-up converts nothing yet');
update auth.users set email_confirmed_at = now() where id = '00000000-0000-4000-8000-0000000000b1';
select is((select status from public.leads where email = 'bia@lead.test'), 'converted',
  'confirming the address converts the lead');

insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, created_at, updated_at)
values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated',
  'caio@lead.test', '', now(), now(), now());
select results_eq(
  $$select status, unsubscribed_at is null from public.leads where email = 'caio@lead.test'$$,
  $$values ('converted', true)$$,
  'an unsubscribed lead who signs up counts as converted'
);

insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, created_at, updated_at)
values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated',
  'someone@else.test', '', now(), now(), now());
select is((select status from public.leads where email = 'dora@lead.test'), 'new', 'other leads are untouched');

select ok(
  not has_function_privilege('anon', 'private.convert_lead()', 'execute')
    and not has_function_privilege('authenticated', 'private.convert_lead()', 'execute'),
  'nobody calls the trigger function directly'
);
select ok(
  (select p.prosecdef and p.proconfig = array['search_path=""'] from pg_proc p
    where p.oid = 'private.convert_lead()'::regprocedure),
  'convert_lead is security definer with a pinned, empty search_path'
);

select * from finish();
rollback;
