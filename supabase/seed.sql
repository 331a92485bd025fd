-- Demo data for local development (`npm run dev`, `supabase db reset`). Passwords: arco-demo-2026.
-- Users are inserted the way Supabase documents for seeds: rows in auth.users plus their email identity.

with demo (id, email, full_name) as (
  values
    ('2f6c1f0e-6d3a-4c55-9a64-2b8f0c1d9e01'::uuid, 'demo@arco.local', 'Daniela Demo'),
    ('7b0e5c2a-1f4d-4e8b-8c3a-5d6e7f809a02'::uuid, 'staff@arco.local', 'Sérgio Staff')
), users as (
  insert into auth.users (
    instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
    raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
    confirmation_token, recovery_token, email_change_token_new, email_change
  )
  select '00000000-0000-0000-0000-000000000000', id, 'authenticated', 'authenticated', email,
    extensions.crypt('arco-demo-2026', extensions.gen_salt('bf')), now(),
    '{"provider":"email","providers":["email"]}'::jsonb,
    jsonb_build_object('full_name', full_name, 'email_verified', true), now(), now(),
    '', '', '', ''
  from demo
  returning id, email
)
insert into auth.identities (id, user_id, provider_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
select gen_random_uuid(), id, id::text,
  jsonb_build_object('sub', id::text, 'email', email, 'email_verified', true, 'phone_verified', false),
  'email', now(), now(), now()
from users;

insert into public.staff (user_id, role) values ('7b0e5c2a-1f4d-4e8b-8c3a-5d6e7f809a02', 'admin');

-- An enterprise client that signs in with SAML SSO: emails at grupo-aurora.test go through "Continue with SSO".
-- Locally the identity provider is the development sign-in page; on a hosted project, add the real one with
-- `supabase sso add --type saml --domains grupo-aurora.test …` instead.
insert into auth.sso_providers (id, resource_id) values ('c3b4a5d6-7e8f-4a1b-9c2d-3e4f5a6b7c01', 'grupo-aurora');
insert into auth.sso_domains (sso_provider_id, domain) values ('c3b4a5d6-7e8f-4a1b-9c2d-3e4f5a6b7c01', 'grupo-aurora.test');
