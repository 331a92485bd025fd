-- public.ticket_messages: the conversation of a ticket. Members of the organization read and post replies;
-- staff also post internal notes, which members never see. Only staff edit or delete messages. The agency's
-- first public reply stamps the ticket's first_response_at (the SLA clock).
begin;
select plan(46);
select tests.create_personas();
insert into public.support_tickets (org_id, subject, created_by) values
  (tests.org_id('Acme'), 'Checkout is slow', tests.get_user_id('member')),
  (tests.org_id('Globex'), 'Invoice question', tests.get_user_id('stranger'));
-- An organization's (only) ticket, usable while authenticated.
create function tests.ticket_id(org text) returns uuid
language sql stable security definer
as $$ select t.id from public.support_tickets t where t.org_id = tests.org_id(org) $$;
insert into public.ticket_messages (ticket_id, org_id, author_id, body, is_internal) values
  (tests.ticket_id('Acme'), tests.org_id('Acme'), tests.get_user_id('member'), 'The cart takes 10 s', false),
  (tests.ticket_id('Acme'), tests.org_id('Acme'), tests.get_user_id('staff'), 'Probably the payment plugin', true),
  (tests.ticket_id('Globex'), tests.org_id('Globex'), tests.get_user_id('stranger'), 'Where is invoice 42?', false);
-- Uploads waiting to be attached: the owner's screenshot, and one the admin uploaded.
insert into storage.objects (bucket_id, name, owner_id, metadata) values
  ('client-files', tests.org_id('Acme') || '/6f1c2b9e-58a4-4d3e-9d7a-2c1e0f3b4a5d/cart.png',
    tests.get_user_id('owner')::text, '{"size": 2048, "mimetype": "image/png"}'),
  ('client-files', tests.org_id('Acme') || '/0a6b2f1e-58a4-4d3e-9d7a-2c1e0f3b4a5d/admin.pdf',
    tests.get_user_id('admin')::text, '{"size": 10, "mimetype": "application/pdf"}');

-- anon: no table privileges at all
select tests.authenticate_as_anon();
select throws_ok($$ select * from public.ticket_messages $$, '42501', null, 'anon cannot read messages');
select throws_ok($$ insert into public.ticket_messages (ticket_id, org_id, body) values (tests.ticket_id('Acme'), tests.org_id('Acme'), 'Spam') $$,
  '42501', null, 'anon cannot post');
select throws_ok($$ update public.ticket_messages set body = 'Hacked' $$, '42501', null, 'anon cannot edit messages');
select throws_ok($$ delete from public.ticket_messages $$, '42501', null, 'anon cannot delete messages');

-- stranger (owner of Globex)
select tests.authenticate_as('stranger');
select results_eq($$ select body from public.ticket_messages $$, array['Where is invoice 42?'],
  'stranger reads only Globex messages');
select throws_ok($$ insert into public.ticket_messages (ticket_id, org_id, body) values (tests.ticket_id('Acme'), tests.org_id('Acme'), 'Spam') $$,
  '42501', null, 'stranger cannot post on an Acme ticket');
select is_empty($$ update public.ticket_messages set body = 'Hacked' where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot edit Acme messages');
select is_empty($$ delete from public.ticket_messages where org_id = tests.org_id('Acme') returning id $$,
  'stranger cannot delete Acme messages');

-- member: reads the public conversation, replies, never sees internal notes
select tests.authenticate_as('member');
select results_eq($$ select body from public.ticket_messages $$, array['The cart takes 10 s'],
  'member reads the conversation without the internal note');
select lives_ok($$ insert into public.ticket_messages (ticket_id, org_id, body) values (tests.ticket_id('Acme'), tests.org_id('Acme'), 'Still slow today') $$,
  'member replies');
select throws_ok($$ insert into public.ticket_messages (ticket_id, org_id, body, is_internal) values (tests.ticket_id('Acme'), tests.org_id('Acme'), 'Secret', true) $$,
  '42501', null, 'member cannot post an internal note');
select throws_ok($$ insert into public.ticket_messages (ticket_id, org_id, author_id, body) values (tests.ticket_id('Acme'), tests.org_id('Acme'), tests.get_user_id('owner'), 'Forged') $$,
  '42501', null, 'member cannot post in someone else''s name');
select is_empty($$ update public.ticket_messages set body = 'Edited' returning id $$, 'member cannot edit messages, even their own');
select is_empty($$ delete from public.ticket_messages returning id $$, 'member cannot delete messages');

-- admin and owner: the same as any member
select tests.authenticate_as('admin');
select results_eq($$ select count(*)::int from public.ticket_messages where is_internal $$, array[0], 'admin sees no internal note');
select lives_ok($$ insert into public.ticket_messages (ticket_id, org_id, body) values (tests.ticket_id('Acme'), tests.org_id('Acme'), 'Adding the admin view') $$,
  'admin replies');
select is_empty($$ update public.ticket_messages set body = 'Edited' returning id $$, 'admin cannot edit messages');
select is_empty($$ delete from public.ticket_messages returning id $$, 'admin cannot delete messages');
select tests.authenticate_as('owner');
select results_eq($$ select count(*)::int from public.ticket_messages $$, array[3], 'owner reads the three public messages');
select lives_ok(
  $$ insert into public.ticket_messages (ticket_id, org_id, body, attachments)
     values (tests.ticket_id('Acme'), tests.org_id('Acme'), 'Screenshot attached',
       jsonb_build_array(jsonb_build_object('object_name', tests.org_id('Acme') || '/6f1c2b9e-58a4-4d3e-9d7a-2c1e0f3b4a5d/cart.png', 'name', 'cart.png'))) $$,
  'owner attaches their own upload');
select results_eq(
  $$ select attachments from public.ticket_messages where body = 'Screenshot attached' $$,
  array[jsonb_build_array(jsonb_build_object('object_name', tests.org_id('Acme') || '/6f1c2b9e-58a4-4d3e-9d7a-2c1e0f3b4a5d/cart.png',
    'name', 'cart.png', 'mime_type', 'image/png', 'size_bytes', 2048))],
  'the database describes an attachment from its stored object');
select throws_ok(
  $$ insert into public.ticket_messages (ticket_id, org_id, body, attachments)
     values (tests.ticket_id('Acme'), tests.org_id('Acme'), 'Look at this',
       jsonb_build_array(jsonb_build_object('object_name', tests.org_id('Globex') || '/6f1c2b9e-58a4-4d3e-9d7a-2c1e0f3b4a5d/x.png', 'name', 'x.png'))) $$,
  '23503', 'attachment_unavailable', 'an object that is not stored cannot be attached');
select throws_ok(
  $$ insert into public.ticket_messages (ticket_id, org_id, body, attachments)
     values (tests.ticket_id('Acme'), tests.org_id('Acme'), 'Look at this',
       jsonb_build_array(jsonb_build_object('object_name', tests.org_id('Acme') || '/0a6b2f1e-58a4-4d3e-9d7a-2c1e0f3b4a5d/admin.pdf', 'name', 'admin.pdf'))) $$,
  '23503', 'attachment_unavailable', 'nor someone else''s upload');
select is_empty($$ update public.ticket_messages set body = 'Edited' returning id $$, 'owner cannot edit messages');
select is_empty($$ delete from public.ticket_messages returning id $$, 'owner cannot delete messages');

-- staff: every conversation, internal notes included; the first public reply stops the SLA clock
select tests.authenticate_as('staff');
select throws_ok(
  $$ insert into public.ticket_messages (ticket_id, org_id, body, is_internal, attachments)
     values (tests.ticket_id('Acme'), tests.org_id('Acme'), 'See the log', true,
       jsonb_build_array(jsonb_build_object('object_name', tests.org_id('Acme') || '/6f1c2b9e-58a4-4d3e-9d7a-2c1e0f3b4a5d/cart.png', 'name', 'cart.png'))) $$,
  '23514', null, 'an internal note carries no attachment: members read every object of their folder');
select results_eq($$ select count(*)::int from public.ticket_messages $$, array[6], 'staff read every message, internal notes included');
select lives_ok($$ insert into public.ticket_messages (ticket_id, org_id, body, is_internal) values (tests.ticket_id('Acme'), tests.org_id('Acme'), 'Checking the logs', true) $$,
  'staff post an internal note');
select is(
  (select first_response_at from public.support_tickets where id = tests.ticket_id('Acme')), null,
  'member replies and internal notes are not a first response');
select lives_ok($$ insert into public.ticket_messages (ticket_id, org_id, body) values (tests.ticket_id('Acme'), tests.org_id('Acme'), 'Fixed, please check') $$,
  'staff reply publicly');
select is(
  (select first_response_at from public.support_tickets where id = tests.ticket_id('Acme')), now(),
  'the first public staff reply stamps first_response_at');
select throws_ok($$ insert into public.ticket_messages (ticket_id, org_id, author_id, body) values (tests.ticket_id('Acme'), tests.org_id('Acme'), tests.get_user_id('staff_admin'), 'Forged') $$,
  '42501', null, 'staff post in their own name only');
select throws_ok($$ insert into public.ticket_messages (ticket_id, org_id, body) values (tests.ticket_id('Acme'), tests.org_id('Globex'), 'Crossed') $$,
  '23503', null, 'a message stays in its ticket''s organization');
select results_eq($$ update public.ticket_messages set body = 'Fixed, please check again' where body = 'Fixed, please check' returning body $$,
  array['Fixed, please check again'], 'staff edit a message');
select results_eq($$ delete from public.ticket_messages where body = 'Checking the logs' returning body $$,
  array['Checking the logs'], 'staff delete a message');

-- read-only impersonation of the member: reads as the member (no internal notes), every write refused
select tests.authenticate_as_impersonator('staff', 'member', true);
select results_eq($$ select count(*)::int from public.ticket_messages where is_internal $$, array[0],
  'impersonating staff see no internal note either');
select throws_ok($$ insert into public.ticket_messages (ticket_id, org_id, body) values (tests.ticket_id('Acme'), tests.org_id('Acme'), 'Shadow') $$,
  '42501', 'impersonation_read_only', 'a read-only impersonation cannot post');
select is_empty($$ update public.ticket_messages set body = 'Oops' returning id $$, 'a read-only impersonation edits nothing');
select is_empty($$ delete from public.ticket_messages returning id $$, 'a read-only impersonation deletes nothing');

-- service role (e-mail intake)
select tests.authenticate_as_service_role();
select results_eq($$ select count(*)::int from public.ticket_messages $$, array[7], 'service role reads every message');
select lives_ok($$ insert into public.ticket_messages (ticket_id, org_id, author_id, body) values (tests.ticket_id('Globex'), tests.org_id('Globex'), tests.get_user_id('staff'), 'Sent by e-mail') $$,
  'service role records a staff reply received by e-mail');
select isnt((select first_response_at from public.support_tickets where id = tests.ticket_id('Globex')), null,
  'which is a first response too');
select lives_ok($$ update public.ticket_messages set attachments = '[]' where body = 'Sent by e-mail' $$, 'service role edits a message');
select lives_ok($$ delete from public.ticket_messages where body = 'Sent by e-mail' $$, 'service role deletes a message');

-- what really changed
select tests.clear_authentication();
select results_eq($$ select count(*)::int from public.ticket_messages where org_id = tests.org_id('Acme') $$, array[6],
  'Acme''s conversation has the six messages posted and kept');
delete from public.support_tickets where id = tests.ticket_id('Acme');
select is_empty($$ select 1 from public.ticket_messages where org_id = tests.org_id('Acme') $$,
  'deleting a ticket deletes its conversation');

select * from finish();
rollback;
