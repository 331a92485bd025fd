-- Demo data for local development (`npm run dev`, `npm run db:reset`, `supabase db reset`): the agency's two
-- staff members and four client organizations, one per tier, with about six months of history in every table.
-- Every password is arco-demo-2026; README.md ("Demo data") lists the sign-ins.
--
-- Runs as the postgres superuser after every migration, with all triggers active: limits, protected columns,
-- plan features and the audit trail judge these rows like any others, so the inserts follow the order the rules
-- require (invitations before the memberships they became, object before file row, and so on).
-- Dates are relative to now() and values come from a hash of a fixed key, so the data is the same on every run
-- and always ends today. One transaction: a failing statement leaves no half-seeded database behind.
begin;

-- A pseudo-random number in [0, 1) determined by its key.
create function pg_temp.rnd(key text) returns double precision
language sql immutable
as $$ select (hashtext(key)::double precision + 2147483648) / 4294967296 $$;

-- Stable ids for the rows people navigate to, so their URLs survive a reset: an md5 of the key with the
-- version and variant bits of a random (v4) UUID, so strict UUID validators accept them.
create function pg_temp.sid(key text) returns uuid
language sql immutable
as $$
  select (substr(h, 1, 12) || '4' || substr(h, 14, 3)
    || substr('89ab89ab89ab89ab', strpos('0123456789abcdef', substr(h, 17, 1)), 1) || substr(h, 18))::uuid
  from (select md5('arco-seed:' || key) as h) s
$$;

-- Smoothstep from 0 to 1 as p goes from lo to hi: gradual improvements and regressions.
create function pg_temp.ease(p double precision, lo double precision, hi double precision) returns double precision
language sql immutable
as $$ select x * x * (3 - 2 * x) from (select least(greatest((p - lo) / (hi - lo), 0), 1) as x) s $$;

-- A Lighthouse-style metric score: 0.9 at the "good" threshold, 0.5 at the median of the web.
create function pg_temp.lh(x double precision, good double precision, median double precision) returns double precision
language sql immutable
as $$ select 1 / (1 + power(greatest(x, 0.001) / median, ln(9) / ln(median / good))) $$;

create function pg_temp.sha(value text) returns text
language sql immutable
as $$ select encode(sha256(convert_to(value, 'UTF8')), 'hex') $$;

create temp table seed_clock on commit drop as
select now() as now, (now() at time zone 'America/Sao_Paulo')::date as today;

-- ─── People ──────────────────────────────────────────────────────────────────────────────────────────────
-- demo@ and staff@ keep the ids earlier seeds gave them.
create temp table seed_users (
  key text primary key, id uuid not null, email text not null, full_name text not null,
  org text, role text, staff_role text, locale text not null, joined_days int not null
) on commit drop;
insert into seed_users values
  ('staff', '7b0e5c2a-1f4d-4e8b-8c3a-5d6e7f809a02', 'staff@arco.local', 'Sérgio Almeida', null, null, 'admin', 'pt-BR', 1100),
  ('dev', pg_temp.sid('user:dev'), 'dev@arco.local', 'Larissa Nunes', null, null, 'developer', 'pt-BR', 720),
  ('rafael', pg_temp.sid('user:rafael'), 'rafael@arco.local', 'Rafael Teixeira', 'free', 'owner', null, 'pt-BR', 230),
  ('camila', pg_temp.sid('user:camila'), 'camila@arco.local', 'Camila Ribeiro', 'basic', 'owner', null, 'pt-BR', 420),
  ('bruno', pg_temp.sid('user:bruno'), 'bruno@arco.local', 'Bruno Carvalho', 'basic', 'admin', null, 'pt-BR', 395),
  ('juliana', pg_temp.sid('user:juliana'), 'juliana@arco.local', 'Juliana Alves', 'basic', 'member', null, 'pt-BR', 260),
  ('demo', '2f6c1f0e-6d3a-4c55-9a64-2b8f0c1d9e01', 'demo@arco.local', 'Daniela Moreira', 'pro', 'owner', null, 'pt-BR', 610),
  ('thiago', pg_temp.sid('user:thiago'), 'thiago@arco.local', 'Thiago Martins', 'pro', 'admin', null, 'pt-BR', 590),
  ('fernanda', pg_temp.sid('user:fernanda'), 'fernanda@arco.local', 'Fernanda Lima', 'pro', 'member', null, 'pt-BR', 400),
  ('lucas', pg_temp.sid('user:lucas'), 'lucas@arco.local', 'Lucas Pereira', 'pro', 'member', null, 'pt-BR', 150),
  ('helena', pg_temp.sid('user:helena'), 'helena@grupo-aurora.test', 'Helena Prado', 'ent', 'owner', null, 'pt-BR', 980),
  ('marcelo', pg_temp.sid('user:marcelo'), 'marcelo@grupo-aurora.test', 'Marcelo Azevedo', 'ent', 'admin', null, 'pt-BR', 960),
  ('renata', pg_temp.sid('user:renata'), 'renata@grupo-aurora.test', 'Renata Souza', 'ent', 'admin', null, 'pt-BR', 700),
  ('gustavo', pg_temp.sid('user:gustavo'), 'gustavo@grupo-aurora.test', 'Gustavo Ferreira', 'ent', 'member', null, 'pt-BR', 500),
  ('aline', pg_temp.sid('user:aline'), 'aline@grupo-aurora.test', 'Aline Barbosa', 'ent', 'member', null, 'pt-BR', 320),
  ('pedro', pg_temp.sid('user:pedro'), 'pedro@grupo-aurora.test', 'Pedro Rocha', 'ent', 'member', null, 'en', 90);

-- An enterprise client that signs in with SAML SSO: emails at grupo-aurora.test go through "Continue with SSO".
-- Locally the identity provider is the development sign-in page; on a hosted project, add the real one with
-- `supabase sso add --type saml --domains grupo-aurora.test …` instead.
insert into auth.sso_providers (id, resource_id) values ('c3b4a5d6-7e8f-4a1b-9c2d-3e4f5a6b7c01', 'grupo-aurora');
insert into auth.sso_domains (sso_provider_id, domain) values ('c3b4a5d6-7e8f-4a1b-9c2d-3e4f5a6b7c01', 'grupo-aurora.test');

-- Users the way Supabase documents for seeds: rows in auth.users plus their email identity (the profile comes
-- from the auth.users trigger). One bcrypt hash for all: the password is the same, and hashing is the slow part.
insert into auth.users (
  instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, last_sign_in_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
  confirmation_token, recovery_token, email_change_token_new, email_change
)
select '00000000-0000-0000-0000-000000000000', u.id, 'authenticated', 'authenticated', u.email, pw.hash,
  c.now - make_interval(days => u.joined_days),
  c.now - make_interval(hours => 2 + (pg_temp.rnd('login:' || u.key) * 200)::int),
  jsonb_build_object('provider', 'email', 'providers',
    case when u.key = 'helena' then '["email", "sso:c3b4a5d6-7e8f-4a1b-9c2d-3e4f5a6b7c01"]'::jsonb else '["email"]'::jsonb end),
  jsonb_build_object('full_name', u.full_name, 'email_verified', true, 'locale', u.locale),
  c.now - make_interval(days => u.joined_days), c.now - make_interval(days => u.joined_days),
  '', '', '', ''
from seed_users u, seed_clock c, (select extensions.crypt('arco-demo-2026', extensions.gen_salt('bf')) as hash) pw;

insert into auth.identities (id, user_id, provider_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
select pg_temp.sid('identity:' || u.key), u.id, u.id::text,
  jsonb_build_object('sub', u.id::text, 'email', u.email, 'email_verified', true, 'phone_verified', false),
  'email', c.now, c.now - make_interval(days => u.joined_days), c.now
from seed_users u, seed_clock c;

-- Helena also has the SAML identity (NameID = her address), so "Continue with SSO" signs her into this account.
insert into auth.identities (id, user_id, provider_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
select pg_temp.sid('identity:sso:' || u.key), u.id, u.email,
  jsonb_build_object('sub', u.email, 'email', u.email, 'email_verified', true, 'full_name', u.full_name),
  'sso:c3b4a5d6-7e8f-4a1b-9c2d-3e4f5a6b7c01', c.now - interval '3 days', c.now - make_interval(days => u.joined_days), c.now
from seed_users u, seed_clock c
where u.key = 'helena';

insert into public.staff (user_id, role, created_at)
select u.id, u.staff_role, c.now - make_interval(days => u.joined_days)
from seed_users u, seed_clock c
where u.staff_role is not null;

-- Staff need a second factor for the agency area (private.is_staff() requires an aal2 session). The demo staff
-- get a verified authenticator (TOTP) factor with one fixed, published secret so a newcomer can sign in at
-- once: `npm run dev` prints it and `npm run --silent totp -- staff@arco.local` prints the current code. Real
-- accounts enroll their own factor under Account › Security; never seed a secret anywhere else.
insert into auth.mfa_factors (id, user_id, friendly_name, factor_type, status, created_at, updated_at, secret)
select pg_temp.sid('factor:' || u.key), u.id, 'Demo authenticator', 'totp', 'verified',
  c.now - make_interval(days => u.joined_days), c.now - make_interval(days => u.joined_days),
  'ARCODEMOSTAFFTOTPSECRETKEY234567'
from seed_users u, seed_clock c
where u.staff_role is not null;

-- ─── Organizations ───────────────────────────────────────────────────────────────────────────────────────
-- One client per tier. The traffic and performance columns drive the generated history below.
create temp table seed_orgs (
  key text primary key, id uuid not null, name text not null, slug text not null, tier text not null,
  site text not null, age_days int not null, owner text not null,
  daily_requests int not null, kib_per_request int not null, growth double precision not null,
  weekend double precision not null, geo jsonb not null, response_ms int not null,
  perf_every int not null,
  lcp_a int not null, lcp_b int not null, t0 double precision not null, t1 double precision not null,
  bump_at double precision, bump_lcp int not null, bump_cls double precision not null, bump_inp int not null,
  cls_a double precision not null, cls_b double precision not null, ttfb_a int not null, ttfb_b int not null,
  inp_a int, inp_b int,
  a11y_a int not null, a11y_b int not null, bp_a int not null, bp_b int not null, seo_a int not null, seo_b int not null
) on commit drop;
insert into seed_orgs values
  -- A bakery on the free tier: its site got slower as heavier photos went up (a regression).
  ('free', pg_temp.sid('org:free'), 'Padaria Pão Dourado', 'padaria-pao-dourado', 'free', 'paodourado.com.br', 230,
    'rafael', 650, 310, 0.25, 1.3, '{"PT": 0.012, "US": 0.01, "AR": 0.005}', 640,
    7, 2450, 4150, 0.3, 0.95, null, 0, 0, 0, 0.04, 0.17, 430, 780, null, null, 86, 78, 92, 79, 92, 85),
  -- A dental clinic on basic: the new site launched three months ago fixed almost everything (an improvement).
  ('basic', pg_temp.sid('org:basic'), 'Clínica Sorriso Leve', 'clinica-sorriso-leve', 'basic', 'sorrisoleve.com.br', 420,
    'camila', 4200, 180, 0.6, 0.55, '{"PT": 0.006, "US": 0.008}', 280,
    3, 5600, 2150, 0.42, 0.53, null, 0, 0, 0, 0.22, 0.03, 1300, 380, 340, 170, 68, 96, 75, 100, 72, 100),
  -- A fashion store on pro: steady gains, then a heavy home carousel regressed it until it was fixed.
  ('pro', pg_temp.sid('org:pro'), 'Moda Viva', 'moda-viva', 'pro', 'modaviva.com.br', 610,
    'demo', 95000, 120, 0.35, 1.15, '{"PT": 0.03, "US": 0.02, "AO": 0.008, "AR": 0.006}', 190,
    2, 3900, 2050, 0.1, 0.7, 0.885, 1500, 0.12, 120, 0.12, 0.05, 650, 320, 380, 190, 82, 93, 83, 96, 88, 98),
  -- A hotel group on enterprise: fast for months, slipping lately since the new booking widget.
  ('ent', pg_temp.sid('org:ent'), 'Grupo Aurora Hotéis & Resorts', 'grupo-aurora', 'enterprise', 'grupoaurora.com.br', 980,
    'helena', 380000, 140, 0.15, 1.2,
    '{"AR": 0.07, "US": 0.05, "PT": 0.03, "UY": 0.02, "CL": 0.02, "DE": 0.01, "FR": 0.008}', 140,
    2, 1850, 2700, 0.86, 1.0, null, 0, 0, 0, 0.03, 0.08, 280, 430, 140, 235, 95, 93, 100, 96, 100, 100);

insert into public.organizations (id, name, slug, tier, white_label, created_at, updated_at)
select o.id, o.name, o.slug, o.tier,
  case when o.key = 'ent' then jsonb_build_object(
    'brand_name', 'Aurora Digital',
    'logo_url', 'https://grupoaurora.com.br/assets/aurora-digital-logo.svg',
    'primary_color', '#0F4C81',
    'accent_color', '#F2A900',
    'custom_domain', 'painel.grupoaurora.com.br',
    'support_email', 'ti@grupoaurora.com.br'
  ) else '{}'::jsonb end,
  c.now - make_interval(days => o.age_days), c.now - make_interval(days => o.age_days)
from seed_orgs o, seed_clock c;

-- How people joined: the invitations that became memberships (inserted first: inviting someone who is already a
-- member is refused), a lapsed one, and open ones that hold a seat.
insert into public.invitations (id, org_id, email, role, token_hash, invited_by, expires_at, accepted_at, created_at)
select pg_temp.sid('invite:' || i.email), o.id, i.email, i.role, pg_temp.sha('seed-invitation:' || i.email),
  owner.id, c.now - make_interval(days => i.sent_days) + interval '7 days',
  case when i.accepted_days is not null then c.now - make_interval(days => i.accepted_days) end,
  c.now - make_interval(days => i.sent_days)
from (values
  ('basic', 'bruno@arco.local', 'admin', 396, 395),
  ('basic', 'juliana@arco.local', 'member', 262, 260),
  ('basic', 'recepcao@sorrisoleve.com.br', 'member', 45, null),
  ('pro', 'thiago@arco.local', 'admin', 592, 590),
  ('pro', 'fernanda@arco.local', 'member', 401, 400),
  ('pro', 'lucas@arco.local', 'member', 152, 150),
  ('pro', 'patricia.gomes@modaviva.com.br', 'member', 2, null),
  ('ent', 'marcelo@grupo-aurora.test', 'admin', 961, 960),
  ('ent', 'renata@grupo-aurora.test', 'admin', 703, 700),
  ('ent', 'gustavo@grupo-aurora.test', 'member', 501, 500),
  ('ent', 'aline@grupo-aurora.test', 'member', 322, 320),
  ('ent', 'pedro@grupo-aurora.test', 'member', 91, 90),
  ('ent', 'carla.mendes@grupo-aurora.test', 'admin', 3, null),
  ('ent', 'joao.vitor@grupo-aurora.test', 'member', 1, null)
) as i (org, email, role, sent_days, accepted_days)
join seed_orgs o on o.key = i.org
join seed_users owner on owner.key = o.owner
cross join seed_clock c;

insert into public.memberships (id, org_id, user_id, role, status, created_at, updated_at)
select pg_temp.sid('membership:' || u.key), o.id, u.id, u.role, 'accepted',
  c.now - make_interval(days => u.joined_days), c.now - make_interval(days => u.joined_days)
from seed_users u
join seed_orgs o on o.key = u.org
cross join seed_clock c;

-- Negotiated exceptions: the clinic keeps a large archive of case photos; the store bought extra support for
-- its peak season.
insert into public.org_limit_overrides (org_id, limit_key, value, reason, created_by, created_at, updated_at)
select o.id, v.limit_key, v.value, v.reason, staff.id, c.now - make_interval(days => v.days), c.now - make_interval(days => v.days)
from (values
  ('basic', 'storage_bytes', 53687091200, 'Acervo de fotos de casos clínicos: 50 GiB negociados no contrato de 2026', 140),
  ('pro', 'tickets_per_month', 80, 'Franquia ampliada de suporte para a temporada de liquidações', 60)
) as v (org, limit_key, value, reason, days)
join seed_orgs o on o.key = v.org
cross join seed_clock c
cross join (select id from seed_users where key = 'staff') staff;

-- ─── Projects, milestones, deliveries ────────────────────────────────────────────────────────────────────
-- Every status of the pipeline appears somewhere; the free and basic tiers use their whole project allowance.
create temp table seed_projects (
  key text primary key, org text not null, name text not null, status text not null, completion int not null,
  budget numeric not null, start_days int not null, duration int not null, manager text not null,
  main_site boolean not null, description text not null
) on commit drop;
insert into seed_projects values
  ('free-site', 'free', 'Site da padaria com cardápio', 'maintenance', 100, 2400, 215, 40, 'dev', true,
    'Site de uma página com cardápio, encomendas de bolos e mapa da loja.'),
  ('basic-site', 'basic', 'Novo site com agendamento online', 'maintenance', 100, 18500, 175, 80, 'staff', true,
    'Site institucional refeito do zero, com agendamento integrado ao Google Agenda e páginas por especialidade.'),
  ('basic-landing', 'basic', 'Landing page — Clareamento a laser', 'review', 85, 3200, 40, 35, 'dev', false,
    'Página de campanha para o clareamento a laser, com formulário de avaliação gratuita.'),
  ('basic-blog', 'basic', 'Blog de saúde bucal (SEO)', 'design', 30, 6800, 21, 60, 'dev', false,
    'Blog com calendário editorial mensal para ganhar buscas orgânicas na região de Campinas.'),
  ('pro-site', 'pro', 'Site institucional e blog', 'maintenance', 100, 22000, 560, 70, 'staff', true,
    'Site da marca, blog de moda e páginas de lojas físicas.'),
  ('pro-store', 'pro', 'Loja virtual headless (Next.js + VTEX)', 'development', 55, 148000, 120, 180, 'dev', false,
    'Nova vitrine headless sobre a VTEX, com busca, filtros por tamanho e checkout otimizado.'),
  ('pro-checkout', 'pro', 'Redesign do checkout', 'review', 90, 36000, 75, 80, 'dev', false,
    'Checkout em uma página, Pix com QR code e frete calculado antes do login.'),
  ('pro-landings', 'pro', 'Landing pages de coleção', 'launched', 100, 12500, 100, 30, 'staff', false,
    'Modelo de landing page por coleção, usado nas campanhas de Google Shopping e Meta.'),
  ('pro-club', 'pro', 'App de fidelidade Moda Viva Club', 'discovery', 8, 95000, 10, 150, 'staff', false,
    'Programa de pontos com aplicativo, cashback e integração com o PDV das lojas.'),
  ('ent-portal', 'ent', 'Portal Grupo Aurora (multi-hotéis)', 'maintenance', 100, 320000, 900, 160, 'staff', true,
    'Portal com um site por hotel, conteúdo em três idiomas e gestão centralizada.'),
  ('ent-booking', 'ent', 'Motor de reservas integrado (Omnibees)', 'development', 62, 210000, 140, 200, 'dev', false,
    'Reserva direta com tarifas em tempo real, pagamentos parcelados e upsell de experiências.'),
  ('ent-resort', 'ent', 'Site Aurora Resort Praia do Forte', 'launched', 100, 68000, 150, 90, 'dev', false,
    'Site do resort com tour virtual, agenda de atividades e reservas de restaurante.'),
  ('ent-intranet', 'ent', 'Intranet do colaborador', 'design', 35, 85000, 45, 120, 'staff', false,
    'Portal interno com escalas, comunicados e treinamentos para 1.200 colaboradores.'),
  ('ent-loyalty', 'ent', 'Programa de fidelidade Aurora+', 'discovery', 12, 120000, 14, 180, 'staff', false,
    'Programa de pontos entre os hotéis do grupo, com níveis e benefícios por categoria.'),
  ('ent-events', 'ent', 'Landing pages de eventos corporativos', 'review', 80, 28000, 50, 55, 'dev', false,
    'Páginas para convenções e casamentos, com orçamento online e integração ao CRM.');

insert into public.projects
  (id, org_id, name, status, completion, budget, currency, start_date, due_date, manager_id, description, created_at, updated_at)
select pg_temp.sid('project:' || p.key), o.id, p.name, p.status, p.completion, p.budget, 'BRL',
  c.today - p.start_days, c.today - p.start_days + p.duration, m.id, p.description,
  c.now - make_interval(days => p.start_days + 3), c.now - make_interval(days => least(p.start_days, 2))
from seed_projects p
join seed_orgs o on o.key = p.org
join seed_users m on m.key = p.manager
cross join seed_clock c
order by p.start_days desc;

-- The agency's standard six steps; how many are done follows the project's status.
create temp table seed_steps on commit drop as
select p.key as project, o.id as org_id, s.i, s.title, s.deliverable,
  (c.today - p.start_days + (p.duration * s.i / 6)) as due_date,
  s.i <= case p.status when 'discovery' then 1 when 'design' then 2 when 'development' then 3
    when 'review' then 4 else 6 end as done,
  least(
    (c.today - p.start_days + (p.duration * s.i / 6))::timestamp at time zone 'America/Sao_Paulo'
      + make_interval(hours => 10 + (pg_temp.rnd('step:' || p.key || s.i) * 120)::int - 48),
    c.now - make_interval(days => 7 - s.i, hours => 5)
  ) as completed_at,
  p.status, o.site, p.start_days, p.duration
from seed_projects p
join seed_orgs o on o.key = p.org
cross join seed_clock c
cross join (values
  (1, 'Kickoff e briefing', 'Briefing e cronograma aprovados'),
  (2, 'Arquitetura de informação e wireframes', 'Wireframes navegáveis'),
  (3, 'Layout aprovado', 'Protótipo de alta fidelidade'),
  (4, 'Desenvolvimento concluído', 'Versão de homologação'),
  (5, 'Homologação e testes', 'Relatório de testes (funcionais, acessibilidade e desempenho)'),
  (6, 'Lançamento', 'Publicação em produção')
) as s (i, title, deliverable);

insert into public.milestones (id, project_id, org_id, title, due_date, completed_at, position, created_at)
select pg_temp.sid('milestone:' || s.project || s.i), pg_temp.sid('project:' || s.project), s.org_id, s.title, s.due_date,
  case when s.done then s.completed_at end, s.i,
  c.now - make_interval(days => s.start_days + 2)
from seed_steps s, seed_clock c;

insert into public.deliveries (project_id, org_id, title, delivered_at, url, notes, created_at)
select pg_temp.sid('project:' || s.project), s.org_id, s.deliverable, s.completed_at,
  case s.i
    when 3 then 'https://www.figma.com/design/' || substr(md5(s.project), 1, 22) || '/' || s.project
    when 4 then 'https://homolog.' || s.site || '/'
    when 6 then 'https://' || s.site || '/'
  end,
  case s.i
    when 2 then 'Estrutura de páginas e fluxos principais validados com o cliente.'
    when 3 then 'Layout aprovado em reunião; ajustes finos anotados no arquivo.'
    when 4 then 'Todas as páginas no ar em homologação para revisão do cliente.'
    when 5 then 'Testes em Chrome, Safari e Firefox, Android e iOS; sem pendências bloqueantes.'
    when 6 then 'DNS apontado, certificados emitidos e monitoramento ativado.'
  end,
  s.completed_at
from seed_steps s
where s.done and s.i >= 2;

-- Sites in maintenance get a monthly delivery: updates, backups and a security check.
insert into public.deliveries (project_id, org_id, title, delivered_at, notes, created_at)
select pg_temp.sid('project:' || s.project), s.org_id,
  'Manutenção mensal — ' || (array['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto',
    'setembro', 'outubro', 'novembro', 'dezembro'])[extract(month from m)::int] || ' de ' || extract(year from m),
  m + interval '4 days 15 hours',
  'Atualização de dependências, backup restaurado em teste e varredura de segurança sem alertas.',
  m + interval '4 days 15 hours'
from seed_steps s
cross join seed_clock c
cross join lateral generate_series(
  date_trunc('month', greatest(s.completed_at, c.now - interval '6 months')) + interval '1 month',
  c.now - interval '5 days',
  interval '1 month'
) as m
where s.status = 'maintenance' and s.i = 6;

-- ─── Domains and infrastructure ──────────────────────────────────────────────────────────────────────────
insert into public.domains (
  id, org_id, name, status, registrar, nameservers, dns_records, ssl_status, ssl_provider, ssl_expires_at,
  registered_at, renews_at, auto_renew, created_at, updated_at
)
select pg_temp.sid('domain:' || d.name), o.id, d.name, d.status, d.registrar, d.nameservers,
  case when d.status = 'pending' then '[]'::jsonb else jsonb_build_array(
    jsonb_build_object('type', 'A', 'name', '@', 'value', d.ip, 'ttl', 3600),
    jsonb_build_object('type', 'CNAME', 'name', 'www', 'value', d.name, 'ttl', 3600),
    jsonb_build_object('type', 'MX', 'name', '@', 'value', '1 smtp.google.com', 'ttl', 3600),
    jsonb_build_object('type', 'TXT', 'name', '@', 'value', 'v=spf1 include:_spf.google.com ~all', 'ttl', 3600),
    jsonb_build_object('type', 'TXT', 'name', '_dmarc', 'value', 'v=DMARC1; p=quarantine; rua=mailto:dmarc@' || d.name, 'ttl', 3600),
    jsonb_build_object('type', 'CAA', 'name', '@', 'value', '0 issue "letsencrypt.org"', 'ttl', 86400)
  ) end,
  d.ssl_status, d.ssl_provider,
  case when d.ssl_days is not null then c.now + make_interval(days => d.ssl_days) end,
  c.now - make_interval(days => d.registered_days),
  c.now + make_interval(days => d.renews_days),
  d.auto_renew,
  c.now - make_interval(days => least(d.registered_days, o.age_days)), c.now - interval '1 day'
from (values
  ('free', 'paodourado.com.br', 'active', 'Registro.br', array['a.sec.dns.br', 'b.sec.dns.br'], '185.158.133.1',
    'valid', 'Let''s Encrypt', 52, 420, 143, true),
  ('basic', 'sorrisoleve.com.br', 'active', 'Registro.br', array['ana.ns.cloudflare.com', 'rick.ns.cloudflare.com'], '76.76.21.21',
    'valid', 'Let''s Encrypt', 61, 2900, 88, true),
  ('basic', 'clinicasorrisoleve.com.br', 'active', 'Registro.br', array['ana.ns.cloudflare.com', 'rick.ns.cloudflare.com'], '76.76.21.21',
    'expiring', 'Let''s Encrypt', 9, 1500, 210, true),
  ('pro', 'modaviva.com.br', 'active', 'Registro.br', array['lara.ns.cloudflare.com', 'tom.ns.cloudflare.com'], '104.21.48.17',
    'valid', 'Cloudflare', 74, 3650, 201, true),
  ('pro', 'modaviva.com', 'active', 'Cloudflare Registrar', array['lara.ns.cloudflare.com', 'tom.ns.cloudflare.com'], '104.21.48.17',
    'valid', 'Cloudflare', 74, 2200, 47, true),
  ('pro', 'lojamodaviva.com.br', 'active', 'Registro.br', array['lara.ns.cloudflare.com', 'tom.ns.cloudflare.com'], '104.21.48.17',
    'valid', 'Cloudflare', 74, 1450, 12, true),
  ('pro', 'modavivaclub.com.br', 'pending', 'Registro.br', array[]::text[], null,
    'none', null, null, 2, 363, true),
  ('ent', 'grupoaurora.com.br', 'active', 'Registro.br', array['ns-1204.awsdns-22.org', 'ns-338.awsdns-42.com'], '18.229.74.10',
    'valid', 'Amazon', 233, 5400, 160, true),
  ('ent', 'aurorahoteis.com.br', 'active', 'Registro.br', array['ns-1204.awsdns-22.org', 'ns-338.awsdns-42.com'], '18.229.74.10',
    'valid', 'Amazon', 233, 3100, 95, true),
  ('ent', 'auroraresort.com.br', 'active', 'Registro.br', array['ns-1204.awsdns-22.org', 'ns-338.awsdns-42.com'], '18.229.74.11',
    'valid', 'Amazon', 233, 410, 320, true),
  ('ent', 'auroraeventos.com.br', 'active', 'Registro.br', array['ns-1204.awsdns-22.org', 'ns-338.awsdns-42.com'], '18.229.74.12',
    'expiring', 'Let''s Encrypt', 6, 800, 29, true),
  ('ent', 'aurorahotels.com', 'transferring', 'GoDaddy', array['ns51.domaincontrol.com', 'ns52.domaincontrol.com'], '18.229.74.10',
    'valid', 'Amazon', 140, 2600, 18, true),
  ('ent', 'auroraverao2025.com.br', 'expired', 'Registro.br', array['ns-1204.awsdns-22.org', 'ns-338.awsdns-42.com'], '18.229.74.13',
    'expired', 'Let''s Encrypt', -40, 420, -25, false)
) as d (org, name, status, registrar, nameservers, ip, ssl_status, ssl_provider, ssl_days, registered_days, renews_days, auto_renew)
join seed_orgs o on o.key = d.org
cross join seed_clock c;

insert into public.infrastructure
  (org_id, project_id, kind, provider, plan, status, region, monthly_cost, currency, created_at, updated_at)
select o.id, case when i.project is not null then pg_temp.sid('project:' || i.project) end, i.kind, i.provider, i.plan,
  i.status, i.region, i.cost, 'BRL', c.now - make_interval(days => least(i.days, o.age_days)), c.now - interval '3 hours'
from (values
  ('free', 'free-site', 'hosting', 'Hostinger', 'Premium (hospedagem compartilhada)', 'operational', 'sa-east', 14.99, 215),
  ('free', null, 'cdn', 'Cloudflare', 'Free', 'operational', 'global', 0, 215),
  ('basic', 'basic-site', 'hosting', 'Vercel', 'Pro', 'operational', 'gru1', 110, 100),
  ('basic', null, 'cdn', 'Cloudflare', 'Pro', 'operational', 'global', 125, 100),
  ('basic', 'basic-site', 'database', 'Supabase', 'Pro', 'operational', 'sa-east-1', 135, 100),
  ('pro', 'pro-store', 'hosting', 'Vercel', 'Pro (3 assentos)', 'operational', 'gru1', 440, 120),
  ('pro', 'pro-site', 'hosting', 'Vercel', 'Pro', 'operational', 'gru1', 110, 560),
  ('pro', null, 'cdn', 'Cloudflare', 'Business', 'operational', 'global', 1250, 560),
  ('pro', 'pro-store', 'database', 'Supabase', 'Pro + computação Small', 'degraded', 'sa-east-1', 420, 120),
  ('ent', 'ent-portal', 'hosting', 'AWS', 'ECS Fargate (4 serviços)', 'operational', 'sa-east-1', 6800, 900),
  ('ent', 'ent-resort', 'hosting', 'AWS', 'Elastic Beanstalk (legado)', 'maintenance', 'sa-east-1', 1900, 900),
  ('ent', null, 'cdn', 'AWS', 'CloudFront + WAF', 'operational', 'global', 2300, 900),
  ('ent', 'ent-portal', 'database', 'AWS', 'RDS PostgreSQL db.r6g.large Multi-AZ', 'operational', 'sa-east-1', 4700, 900),
  ('ent', 'ent-booking', 'database', 'Supabase', 'Team', 'operational', 'sa-east-1', 3200, 140)
) as i (org, project, kind, provider, plan, status, region, cost, days)
join seed_orgs o on o.key = i.org
cross join seed_clock c;

-- ─── Incidents, uptime, traffic ──────────────────────────────────────────────────────────────────────────
-- Minutes ago it started and how long it lasted (null: still going on).
create temp table seed_incidents on commit drop as
select i.*, c.now - make_interval(mins => i.started_minutes) as started_at,
  c.now - make_interval(mins => i.started_minutes - i.duration_minutes) as resolved_at
from (values
  ('free-hosting', 'free', 'free-site', 'Site fora do ar (hospedagem)', 'major', 92160, 130,
    'Falha no servidor compartilhado da hospedagem.',
    'A Hostinger migrou a conta para outro servidor sem aviso. Ativamos o alerta de status do provedor.'),
  ('basic-ssl', 'basic', 'basic-site', 'Certificado SSL expirado em clinicasorrisoleve.com.br', 'minor', 172800, 300,
    'A renovação automática falhou porque o registro CAA não autorizava a autoridade certificadora.',
    'Registro CAA corrigido e alerta de expiração configurado para 14 dias antes.'),
  ('basic-slow', 'basic', 'basic-site', 'Lentidão no agendamento online', 'minor', 28800, 45,
    'A API do Google Agenda respondeu devagar por causa de limite de requisições.',
    'Adicionamos cache de horários livres por 60 segundos.'),
  ('pro-cdn', 'pro', 'pro-site', 'Erro 502 intermitente na CDN', 'minor', 136800, 70,
    'Regra de cache nova conflitou com o redirecionamento de www.', 'Regra revisada e testada em homologação.'),
  ('pro-deploy', 'pro', 'pro-store', 'Loja fora do ar durante publicação', 'critical', 54720, 25,
    'Uma migração de banco travou a tabela de pedidos durante a publicação.',
    'Migrações agora rodam antes da troca de versão, com tempo limite de bloqueio.'),
  ('pro-checkout', 'pro', 'pro-store', 'Checkout lento: banco de dados sobrecarregado', 'major', 125, null,
    'Consultas de frete sem índice disparadas pela campanha de liquidação.', null),
  ('ent-dns', 'ent', 'ent-portal', 'Sites fora do ar após migração de DNS', 'critical', 216000, 115,
    'Um registro CNAME apontava para o balanceador antigo após a migração para o Route 53.',
    'Checklist de migração de DNS com verificação automática de todos os registros.'),
  ('ent-latency', 'ent', 'ent-portal', 'Latência alta para visitantes de São Paulo', 'minor', 100800, 190,
    'Rota degradada entre a CDN e a região sa-east-1.', 'Origem secundária configurada para failover automático.'),
  ('ent-booking', 'ent', 'ent-booking', 'Motor de reservas indisponível', 'critical', 17280, 100,
    'O parceiro de reservas trocou o certificado da API sem aviso e as chamadas passaram a falhar.',
    'Fixação de certificado removida; monitor sintético de reserva a cada 5 minutos.')
) as i (key, org, project, title, severity, started_minutes, duration_minutes, cause, postmortem)
cross join seed_clock c;

insert into public.incidents (org_id, project_id, title, severity, started_at, resolved_at, cause, postmortem, created_at)
select o.id, pg_temp.sid('project:' || i.project), i.title, i.severity, i.started_at, i.resolved_at,
  i.cause, i.postmortem, i.started_at + interval '3 minutes'
from seed_incidents i
join seed_orgs o on o.key = i.org;

-- Probes twice a day for the last 30 days (older checks are pruned), every ten minutes while an incident
-- ran; failures exactly inside incident windows.
insert into public.uptime_checks (org_id, project_id, url, checked_at, status_code, response_ms, ok)
select o.id, p.id, 'https://' || o.site || '/', t.at,
  case when inc.key is null then 200 when inc.key like '%slow' or inc.key like '%latency' then null else 503 end,
  case when inc.key is null then (o.response_ms * (0.75 + 0.5 * pg_temp.rnd('up:' || o.key || t.tag)))::int
    when inc.key like '%slow' or inc.key like '%latency' then 30000
    else (o.response_ms * 0.4)::int end,
  inc.key is null
from seed_orgs o
join seed_projects sp on sp.org = o.key and sp.main_site
join public.projects p on p.id = pg_temp.sid('project:' || sp.key)
cross join seed_clock c
cross join lateral (
  select c.now - make_interval(mins => 3 + 720 * k) as at, k::text as tag from generate_series(0, 59) k
  union all
  select i.started_at + make_interval(mins => 10 * k), i.key || k
  from seed_incidents i, generate_series(0, 30) k
  where i.org = o.key and i.started_minutes < 43200 and 10 * k < coalesce(i.duration_minutes, i.started_minutes)
) t
left join seed_incidents inc
  on inc.org = o.key and t.at >= inc.started_at and t.at < coalesce(inc.resolved_at, 'infinity');

-- Daily traffic for six months: growth, weekly rhythm, noise, and more 5xx on incident days. Countries other
-- than Brazil take their share; Brazil gets the rest, so the map always adds up to the total.
create temp table seed_traffic on commit drop as
select o.key as org, o.id as org_id, o.geo, o.kib_per_request, d.day,
  round(o.daily_requests * (1 + o.growth * (179 - d.n) / 179.0)
    * case when extract(isodow from d.day) >= 6 then o.weekend else 1 end
    * (0.85 + 0.3 * pg_temp.rnd('req:' || o.key || d.day)))::bigint as total,
  exists (
    select 1 from seed_incidents i
    where i.org = o.key and (i.started_at at time zone 'America/Sao_Paulo')::date = d.day
  ) as incident_day
from seed_orgs o
cross join seed_clock c
cross join lateral (select c.today - n as day, n from generate_series(1, 180) n) d;

insert into public.network_usage (
  org_id, day, requests_total, requests_2xx, requests_3xx, requests_4xx, requests_5xx, bandwidth_bytes, geo, created_at
)
select t.org_id, t.day, t.total,
  t.total - r3 - r4 - r5, r3, r4, r5,
  (t.total * t.kib_per_request * 1024 * (0.9 + 0.2 * pg_temp.rnd('bw:' || t.org || t.day)))::bigint,
  g.geo, t.day + interval '1 day 3 hours'
from seed_traffic t
cross join lateral (
  select (t.total * (0.045 + 0.02 * pg_temp.rnd('3xx:' || t.org || t.day)))::bigint as r3,
    (t.total * (0.012 + 0.015 * pg_temp.rnd('4xx:' || t.org || t.day)))::bigint as r4,
    (t.total * (case when t.incident_day then 0.04 else 0.0015 end) * (0.5 + pg_temp.rnd('5xx:' || t.org || t.day)))::bigint as r5
) r
cross join lateral (
  select jsonb_object_agg(country, requests) || jsonb_build_object('BR', t.total - coalesce(sum(requests), 0)) as geo
  from (
    select w.key as country, (t.total * w.value::text::double precision
      * (0.7 + 0.6 * pg_temp.rnd('geo:' || t.org || t.day || w.key)))::bigint as requests
    from jsonb_each(t.geo) w
  ) s
) g;

-- ─── Performance ─────────────────────────────────────────────────────────────────────────────────────────
-- Lighthouse (lab, mobile) weekly on free and every few days above (the plans check more often; a few points
-- a week draw the same trend), CrUX field data weekly for the tiers with enough traffic.
-- Metrics move from their "a" to their "b" values between t0 and t1 of the period (plus a temporary bump where
-- one is set); scores follow the metrics with Lighthouse's weights and curves (blocking time, which is not
-- stored, grows with the LCP), grades follow the performance score.
create temp table seed_perf on commit drop as
select o.key as org, o.id as org_id, p.id as project_id, 'https://' || o.site || '/' as url, s.n, o.perf_every,
  s.measured_at, s.p,
  (o.lcp_a + (o.lcp_b - o.lcp_a) * pg_temp.ease(s.p, o.t0, o.t1) + o.bump_lcp * s.bump) * s.j1 as lcp,
  (o.cls_a + (o.cls_b - o.cls_a) * pg_temp.ease(s.p, o.t0, o.t1) + o.bump_cls * s.bump) * s.j2 as cls,
  (o.ttfb_a + (o.ttfb_b - o.ttfb_a) * pg_temp.ease(s.p, o.t0, o.t1)) * s.j3 as ttfb,
  (o.inp_a + (o.inp_b - o.inp_a) * pg_temp.ease(s.p, o.t0, o.t1) + o.bump_inp * s.bump) * s.j2 as inp,
  o.a11y_a + (o.a11y_b - o.a11y_a) * pg_temp.ease(s.p, o.t0, o.t1) as a11y,
  o.bp_a + (o.bp_b - o.bp_a) * pg_temp.ease(s.p, o.t0, o.t1) as bp,
  o.seo_a + (o.seo_b - o.seo_a) * pg_temp.ease(s.p, o.t0, o.t1) as seo,
  s.fcp_ratio
from seed_orgs o
join seed_projects sp on sp.org = o.key and sp.main_site
join public.projects p on p.id = pg_temp.sid('project:' || sp.key)
cross join seed_clock c
cross join lateral (
  select n,
    ((c.today - n)::timestamp + time '04:10') at time zone 'America/Sao_Paulo' as measured_at,
    (179 - n) / 179.0 as p,
    coalesce(exp(-power(((179 - n) / 179.0 - o.bump_at) / 0.035, 2)), 0) as bump,
    0.9 + 0.2 * pg_temp.rnd('lcp:' || o.key || n) as j1,
    0.85 + 0.3 * pg_temp.rnd('cls:' || o.key || n) as j2,
    0.9 + 0.2 * pg_temp.rnd('ttfb:' || o.key || n) as j3,
    0.5 + 0.12 * pg_temp.rnd('fcp:' || o.key || n) as fcp_ratio
  from generate_series(1, 180) n
  where n % o.perf_every = 0 or n % 7 = 0
) s;

insert into public.performance_metrics (
  org_id, project_id, url, measured_at, lcp_ms, inp_ms, cls, fcp_ms, ttfb_ms,
  performance_score, accessibility_score, best_practices_score, seo_score, grade, source
)
select org_id, project_id, url, measured_at, lcp::int, null, round(cls::numeric, 3), fcp::int, ttfb::int,
  score, round(a11y)::int, round(bp)::int, round(seo)::int,
  case when score >= 90 then 'A' when score >= 80 then 'B' when score >= 70 then 'C' when score >= 60 then 'D'
    when score >= 50 then 'E' else 'F' end,
  'lighthouse'
from (
  select f.*, round(100 * (
    0.10 * pg_temp.lh(f.lcp * f.fcp_ratio, 1800, 3000)
    + 0.10 * pg_temp.lh(f.lcp * f.fcp_ratio * 1.45, 3387, 5800)
    + 0.25 * pg_temp.lh(f.lcp, 2500, 4000)
    + 0.30 * pg_temp.lh(120 + greatest(f.lcp - 1200, 0) * 0.3, 200, 600)
    + 0.25 * pg_temp.lh(f.cls, 0.1, 0.25)
  ))::int as score, f.lcp * f.fcp_ratio as fcp
  from seed_perf f
  where f.n % f.perf_every = 0
) scored;

-- Field data is the 75th percentile of real visits: a little better than the throttled lab run, with INP.
insert into public.performance_metrics (org_id, project_id, url, measured_at, lcp_ms, inp_ms, cls, fcp_ms, ttfb_ms, source)
select f.org_id, f.project_id, f.url, f.measured_at + interval '2 hours', (f.lcp * 0.82)::int, f.inp::int,
  round((f.cls * 0.9)::numeric, 3), (f.lcp * f.fcp_ratio * 0.8)::int, (f.ttfb * 1.1)::int, 'crux'
from seed_perf f
where f.inp is not null and f.n % 7 = 0;

-- ─── File store ──────────────────────────────────────────────────────────────────────────────────────────
-- Folders, then each file's object (as an upload leaves it in storage.objects, whose trigger adds its size to
-- the organization's storage counter), then its row, which takes its size from the object. Only the rows are
-- seeded: downloading a seeded file finds no bytes on disk. Ticket messages below attach some of these files.
create temp table seed_folders (
  key text primary key, org text not null, parent text, name text not null, author text not null, days int not null
) on commit drop;
insert into seed_folders values
  ('free-fotos', 'free', null, 'Fotos da vitrine', 'rafael', 200),
  ('basic-marca', 'basic', null, 'Identidade visual', 'camila', 380),
  ('basic-fotos', 'basic', null, 'Fotos da clínica', 'bruno', 300),
  ('basic-casos', 'basic', 'basic-fotos', 'Casos clínicos', 'camila', 140),
  ('basic-contratos', 'basic', null, 'Contratos', 'camila', 380),
  ('pro-campanhas', 'pro', null, 'Campanhas', 'thiago', 500),
  ('pro-verao', 'pro', 'pro-campanhas', 'Coleção Verão', 'fernanda', 170),
  ('pro-primavera', 'pro', 'pro-campanhas', 'Coleção Primavera', 'fernanda', 20),
  ('pro-produtos', 'pro', null, 'Fotos de produtos', 'fernanda', 400),
  ('pro-contratos', 'pro', null, 'Contratos e notas', 'demo', 600),
  ('ent-marca', 'ent', null, 'Manual da marca', 'marcelo', 950),
  ('ent-hoteis', 'ent', null, 'Hotéis', 'renata', 700),
  ('ent-forte', 'ent', 'ent-hoteis', 'Praia do Forte', 'renata', 160),
  ('ent-gramado', 'ent', 'ent-hoteis', 'Gramado', 'aline', 300),
  ('ent-juridico', 'ent', null, 'Jurídico', 'helena', 900),
  ('ent-eventos', 'ent', null, 'Eventos corporativos', 'gustavo', 60);

insert into public.storage_folders (id, org_id, parent_id, name, created_by, created_at)
select pg_temp.sid('folder:' || f.key), o.id, case when f.parent is not null then pg_temp.sid('folder:' || f.parent) end,
  f.name, u.id, c.now - make_interval(days => f.days)
from seed_folders f
join seed_orgs o on o.key = f.org
join seed_users u on u.key = f.author
cross join seed_clock c
order by f.parent nulls first;

create temp table seed_files on commit drop as
select f.key, o.id as org_id, f.folder, f.name, f.mime, f.size_bytes, u.id as uploaded_by,
  c.now - make_interval(days => f.days, hours => (pg_temp.rnd('file:' || f.key) * 9)::int) as created_at,
  o.id::text || '/' || pg_temp.sid('file:' || f.key)::text || '/' || f.object_file as object_name
from (values
  ('free-logo', 'free', null, 'Logo Pão Dourado.svg', 'logo-pao-dourado.svg', 'image/svg+xml', 48213, 'rafael', 210),
  ('free-cardapio', 'free', null, 'Cardápio 2026.pdf', 'cardapio-2026.pdf', 'application/pdf', 2841733, 'rafael', 120),
  ('free-vitrine1', 'free', 'free-fotos', 'Vitrine de pães especiais.jpg', 'vitrine-paes-especiais.jpg', 'image/jpeg', 6120455, 'rafael', 25),
  ('free-vitrine2', 'free', 'free-fotos', 'Bolos de encomenda.jpg', 'bolos-encomenda.jpg', 'image/jpeg', 5388120, 'rafael', 25),
  ('free-erro', 'free', null, 'Erro no formulário.png', 'erro-formulario.png', 'image/png', 412877, 'rafael', 40),
  ('basic-logo', 'basic', 'basic-marca', 'Logo Sorriso Leve.ai', 'logo-sorriso-leve.ai', 'application/postscript', 3482001, 'camila', 375),
  ('basic-manual', 'basic', 'basic-marca', 'Manual de marca.pdf', 'manual-de-marca.pdf', 'application/pdf', 18733410, 'camila', 375),
  ('basic-recepcao', 'basic', 'basic-fotos', 'Recepção.jpg', 'recepcao.jpg', 'image/jpeg', 9733120, 'bruno', 290),
  ('basic-equipe', 'basic', 'basic-fotos', 'Equipe 2026.jpg', 'equipe-2026.jpg', 'image/jpeg', 12455870, 'bruno', 165),
  ('basic-casos', 'basic', 'basic-casos', 'Antes e depois — clareamento.zip', 'antes-depois-clareamento.zip', 'application/zip', 2147483648, 'camila', 130),
  ('basic-contrato', 'basic', 'basic-contratos', 'Contrato de manutenção assinado.pdf', 'contrato-manutencao.pdf', 'application/pdf', 402116, 'camila', 176),
  ('basic-iphone', 'basic', null, 'Gravação da tela no iPhone.mp4', 'gravacao-iphone.mp4', 'video/mp4', 38211004, 'bruno', 3),
  ('pro-bf', 'pro', 'pro-campanhas', 'Briefing liquidação.pdf', 'briefing-liquidacao.pdf', 'application/pdf', 1433002, 'thiago', 70),
  ('pro-verao-video', 'pro', 'pro-verao', 'Filme Verão 4K.mp4', 'filme-verao-4k.mp4', 'video/mp4', 6442450944, 'fernanda', 165),
  ('pro-verao-fotos', 'pro', 'pro-verao', 'Ensaio Verão (originais).zip', 'ensaio-verao-originais.zip', 'application/zip', 11811160064, 'fernanda', 160),
  ('pro-prima-1', 'pro', 'pro-primavera', 'Lookbook Primavera.pdf', 'lookbook-primavera.pdf', 'application/pdf', 48221004, 'fernanda', 18),
  ('pro-prima-2', 'pro', 'pro-primavera', 'Fotos Primavera (lote 1).zip', 'fotos-primavera-lote-1.zip', 'application/zip', 3221225472, 'fernanda', 7),
  ('pro-produtos', 'pro', 'pro-produtos', 'Catálogo de produtos.csv', 'catalogo-produtos.csv', 'text/csv', 3887120, 'lucas', 30),
  ('pro-contrato', 'pro', 'pro-contratos', 'Contrato Moda Viva 2026.pdf', 'contrato-2026.pdf', 'application/pdf', 611230, 'demo', 120),
  ('pro-nf', 'pro', 'pro-contratos', 'Notas fiscais do trimestre.zip', 'notas-fiscais-trimestre.zip', 'application/zip', 2203114, 'demo', 15),
  ('pro-frete', 'pro', null, 'Print do frete no Sul.png', 'print-frete-sul.png', 'image/png', 388112, 'lucas', 2),
  ('ent-manual', 'ent', 'ent-marca', 'Manual da marca Aurora.pdf', 'manual-marca-aurora.pdf', 'application/pdf', 88213004, 'marcelo', 940),
  ('ent-logos', 'ent', 'ent-marca', 'Logos (todas as versões).zip', 'logos-aurora.zip', 'application/zip', 245112876, 'marcelo', 930),
  ('ent-logo-novo', 'ent', 'ent-marca', 'Logo Aurora Digital.svg', 'logo-aurora-digital.svg', 'image/svg+xml', 38112, 'marcelo', 10),
  ('ent-forte-tour', 'ent', 'ent-forte', 'Tour 360 Praia do Forte.mp4', 'tour-360-praia-do-forte.mp4', 'video/mp4', 21474836480, 'renata', 150),
  ('ent-forte-fotos', 'ent', 'ent-forte', 'Fotos aéreas (drone).zip', 'fotos-aereas-drone.zip', 'application/zip', 15032385536, 'renata', 148),
  ('ent-gramado-spa', 'ent', 'ent-gramado', 'Novo spa Gramado.zip', 'novo-spa-gramado.zip', 'application/zip', 4294967296, 'aline', 4),
  ('ent-contrato', 'ent', 'ent-juridico', 'Contrato master de serviços.pdf', 'contrato-master.pdf', 'application/pdf', 1224330, 'helena', 890),
  ('ent-lgpd', 'ent', 'ent-juridico', 'Acordo de tratamento de dados (LGPD).pdf', 'acordo-lgpd.pdf', 'application/pdf', 512004, 'helena', 600),
  ('ent-eventos', 'ent', 'ent-eventos', 'Apresentação para convenções.pptx', 'apresentacao-convencoes.pptx',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation', 73400320, 'gustavo', 55),
  ('ent-mobile', 'ent', null, 'Erro de idioma no celular.png', 'erro-idioma-celular.png', 'image/png', 501223, 'pedro', 0)
) as f (key, org, folder, name, object_file, mime, size_bytes, uploader, days)
join seed_orgs o on o.key = f.org
join seed_users u on u.key = f.uploader
cross join seed_clock c;

insert into storage.objects (bucket_id, name, owner, owner_id, created_at, updated_at, last_accessed_at, metadata, version)
select 'client-files', f.object_name, f.uploaded_by, f.uploaded_by::text, f.created_at, f.created_at, f.created_at,
  jsonb_build_object(
    'eTag', '"' || md5(f.key) || '"', 'size', f.size_bytes, 'mimetype', f.mime, 'cacheControl', 'max-age=3600',
    'lastModified', to_char(f.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'contentLength', f.size_bytes, 'httpStatusCode', 200
  ),
  pg_temp.sid('version:' || f.key)::text
from seed_files f;

insert into public.storage_files (id, org_id, folder_id, object_name, name, size_bytes, uploaded_by, created_at)
select pg_temp.sid('file:' || f.key), f.org_id, case when f.folder is not null then pg_temp.sid('folder:' || f.folder) end,
  f.object_name, f.name, f.size_bytes, f.uploaded_by, f.created_at
from seed_files f
order by f.created_at;

-- ─── Support ─────────────────────────────────────────────────────────────────────────────────────────────
-- Every status in every organization. Hours: since it was opened, to the agency's first public reply, to the
-- resolution. first_response_at is written with the ticket so it matches the reply inserted below (whose
-- trigger then finds it already stamped).
create temp table seed_tickets (
  key text primary key, org text not null, project text, subject text not null, category text not null,
  priority text not null, status text not null, opened_hours numeric not null, reply_hours numeric,
  resolve_hours numeric, author text not null, assignee text, attachment text, body text not null, reply text
) on commit drop;
insert into seed_tickets values
  ('free-1', 'free', 'free-site', 'Atualizar horário de funcionamento', 'conteúdo', 'normal', 'closed', 3360, 20, 26, 'rafael', 'dev', null,
    'Oi! Mudamos o horário aos domingos: agora abrimos das 7h às 13h. Podem atualizar no site e no rodapé?',
    'Olá, Rafael! Horário atualizado no site e no rodapé. Também ajustamos o perfil da padaria no Google.'),
  ('free-2', 'free', 'free-site', 'Formulário de encomendas não envia', 'bug', 'high', 'resolved', 960, 30, 34, 'rafael', 'dev', 'free-erro',
    'Clientes estão reclamando que o formulário de encomenda de bolos dá erro ao enviar. Mandei um print.',
    'Encontramos o problema: a chave do serviço de e-mail tinha expirado. Renovamos e fizemos um envio de teste.'),
  ('free-3', 'free', 'free-site', 'Trocar fotos do cardápio', 'conteúdo', 'low', 'waiting_client', 216, 22, null, 'rafael', 'staff', null,
    'Queremos trocar as fotos dos pães especiais por fotos novas, tiradas na loja.',
    'Claro! Pode enviar as fotos em alta resolução pela área de arquivos? Assim que chegarem, publicamos.'),
  ('free-4', 'free', 'free-site', 'Site lento depois das fotos novas', 'desempenho', 'normal', 'in_progress', 96, 26, null, 'rafael', 'dev', null,
    'Desde que subimos as fotos da vitrine o site está demorando para abrir no celular.',
    'O relatório de desempenho mostra o LCP acima de 4 s. Vamos converter as imagens para AVIF e carregar sob demanda.'),
  ('free-5', 'free', null, 'Dá para colocar botão de WhatsApp?', 'dúvida', 'normal', 'open', 5, null, null, 'rafael', null, null,
    'Seria possível colocar um botão flutuante do WhatsApp para os pedidos?', null),

  ('basic-1', 'basic', 'basic-site', 'Incluir nova dentista na equipe', 'conteúdo', 'normal', 'closed', 3950, 6, 20, 'camila', 'staff', null,
    'A Dra. Marina Castro começou conosco. Podem incluir a foto e o currículo na página Equipe?',
    'Olá, Camila! A Dra. Marina já está na página Equipe. Confira e nos diga se precisa de algum ajuste.'),
  ('basic-2', 'basic', 'basic-site', 'Site mostrando aviso de "não seguro"', 'bug', 'urgent', 'closed', 2880, 1, 5, 'bruno', 'dev', null,
    'Pacientes estão mandando print de aviso de site não seguro no clinicasorrisoleve.com.br!',
    'O certificado do domínio secundário expirou e a renovação automática falhou. Emitimos um novo e estamos apurando a causa.'),
  ('basic-3', 'basic', 'basic-site', 'Agendamentos não chegam no Google Agenda', 'integração', 'high', 'resolved', 1800, 3, 28, 'juliana', 'dev', null,
    'Desde ontem os agendamentos feitos pelo site não aparecem na agenda das dentistas.',
    'A autorização do Google Agenda foi revogada na troca de senha da conta. Refizemos a conexão e sincronizamos os pendentes.'),
  ('basic-4', 'basic', 'basic-blog', 'Publicar post sobre clareamento', 'conteúdo', 'low', 'closed', 1440, 20, 70, 'juliana', 'staff', null,
    'Segue o texto da Dra. Marina sobre mitos do clareamento. Podem publicar no blog?',
    'Texto revisado para SEO e agendado para quinta-feira às 9h.'),
  ('basic-5', 'basic', null, 'A campanha de clareamento vai voltar?', 'campanhas', 'normal', 'resolved', 790, 9, 30, 'camila', 'staff', null,
    'A campanha de clareamento trouxe muitos pacientes. Dá para reativar no mês que vem?',
    'Dá sim! Sugerimos voltar com a nova landing page, que converte melhor. Mandamos a proposta de verba por e-mail.'),
  ('basic-6', 'basic', 'basic-landing', 'Textos da landing de clareamento', 'conteúdo', 'normal', 'waiting_client', 288, 5, null, 'camila', 'staff', null,
    'Podem ajustar os textos da landing para falar também do parcelamento em 10x?',
    'Enviamos a segunda versão dos textos. Podem aprovar ou sugerir ajustes até sexta?'),
  ('basic-7', 'basic', 'basic-site', 'Botão de agendar não funciona no iPhone', 'bug', 'high', 'in_progress', 72, 4, null, 'bruno', 'dev', 'basic-iphone',
    'No iPhone o botão Agendar não abre o calendário. Gravei a tela mostrando.',
    'Reproduzimos no Safari 18: o seletor de data não abre dentro do modal. A correção entra em homologação hoje.'),
  ('basic-8', 'basic', 'basic-blog', 'Aparecer no Google para "dentista em Campinas"', 'SEO', 'normal', 'in_progress', 192, 26, null, 'camila', 'staff', null,
    'Os concorrentes aparecem antes da gente quando buscam dentista em Campinas. O que dá para fazer?',
    'Montamos um plano: páginas por bairro, perfil no Google revisado e pauta de posts. Primeira entrega na próxima semana.'),
  ('basic-9', 'basic', null, 'Como acesso o relatório mensal?', 'dúvida', 'low', 'open', 10, null, null, 'juliana', null, null,
    'Onde encontro o relatório do mês passado? Quero mostrar os números na reunião.', null),

  ('pro-1', 'pro', 'pro-store', 'Cupom de primeira compra não aplica', 'bug', 'high', 'closed', 4080, 2, 9, 'thiago', 'dev', null,
    'O cupom BEMVINDA10 dá "cupom inválido" para quem nunca comprou.',
    'A regra do cupom exigia cadastro com mais de 24 h. Ajustamos para valer no primeiro pedido.'),
  ('pro-2', 'pro', 'pro-landings', 'Banner da coleção de inverno', 'conteúdo', 'normal', 'closed', 3600, 3, 22, 'fernanda', 'staff', null,
    'Os banners novos estão na pasta Campanhas. Podem trocar na home e nas landing pages?',
    'Banners publicados na home e nas três landing pages, com versões para celular.'),
  ('pro-3', 'pro', 'pro-store', 'Site fora do ar!', 'infraestrutura', 'urgent', 'closed', 912, 0.2, 0.6, 'demo', 'dev', null,
    'A loja está fora do ar agora, clientes reclamando no Instagram!',
    'Já estamos atuando: uma migração de banco travou a tabela de pedidos durante a publicação. Voltando em minutos.'),
  ('pro-4', 'pro', null, 'Produtos reprovados no Google Shopping', 'campanhas', 'normal', 'resolved', 2280, 3.5, 48, 'thiago', 'staff', null,
    'O Merchant Center reprovou 230 produtos por "preço divergente".',
    'O feed usava o preço sem a promoção. Corrigimos o feed e pedimos nova revisão; 228 produtos já voltaram.'),
  ('pro-5', 'pro', null, 'Acesso para a nova analista de marketing', 'acesso', 'low', 'closed', 1920, 5, 10, 'demo', 'staff', null,
    'A Patrícia vai cuidar das campanhas. Como damos acesso ao painel e às contas de anúncio?',
    'Pelo painel, em Equipe > Convidar. Nas contas de anúncio, enviamos o convite como analista.'),
  ('pro-6', 'pro', 'pro-store', 'Home ficou pesada com o carrossel novo', 'desempenho', 'high', 'resolved', 528, 1.5, 150, 'demo', 'dev', null,
    'Depois do carrossel novo a home demora para abrir e a nota de desempenho caiu.',
    'O carrossel carrega 14 vídeos de uma vez. Vamos trocar por imagens com pré-visualização e carregar os vídeos sob demanda.'),
  ('pro-7', 'pro', 'pro-store', 'Pedidos duplicados no ERP', 'integração', 'normal', 'resolved', 1080, 2, 70, 'thiago', 'dev', null,
    'Alguns pedidos aparecem duas vezes no Bling.',
    'O webhook de pedido pago é reenviado quando demora; tornamos a integração idempotente pelo número do pedido.'),
  ('pro-8', 'pro', null, 'Pausar campanha de prospecção no Meta', 'campanhas', 'normal', 'closed', 840, 1, 3, 'thiago', 'staff', null,
    'Vamos concentrar a verba no remarketing até o fim do mês. Podem pausar a prospecção?',
    'Campanha de prospecção pausada e verba remanejada para o remarketing.'),
  ('pro-9', 'pro', 'pro-landings', 'Fotos da coleção primavera', 'conteúdo', 'normal', 'waiting_client', 144, 2, null, 'fernanda', 'staff', 'pro-prima-2',
    'Subimos o primeiro lote de fotos da primavera. Podem montar a landing?',
    'Recebemos 48 das 60 fotos previstas. Podem enviar as 12 restantes (lista no lookbook)?'),
  ('pro-10', 'pro', null, 'Segunda via da nota fiscal', 'financeiro', 'low', 'waiting_client', 360, 3, null, 'demo', 'staff', null,
    'Preciso da segunda via da nota fiscal de serviços do mês passado.',
    'Pode confirmar o CNPJ para emissão? O do cadastro é o da matriz.'),
  ('pro-11', 'pro', 'pro-checkout', 'Frete grátis não aparece para o Sul', 'bug', 'high', 'in_progress', 48, 0.8, null, 'lucas', 'dev', 'pro-frete',
    'Clientes de Porto Alegre não veem o frete grátis acima de R$ 299.',
    'A tabela de CEPs da promoção não incluía a faixa do RS. Corrigindo e testando com CEPs das três capitais.'),
  ('pro-12', 'pro', 'pro-store', 'Filtro por tamanho na vitrine', 'desenvolvimento', 'normal', 'in_progress', 216, 3, null, 'fernanda', 'dev', null,
    'Clientes pedem para filtrar por tamanho (PP ao GG) nas categorias.',
    'Incluído na sprint atual da loja nova; o filtro usa o estoque real por tamanho.'),
  ('pro-13', 'pro', 'pro-store', 'Checkout muito lento agora', 'infraestrutura', 'urgent', 'open', 1.5, null, null, 'thiago', null, null,
    'O checkout está levando mais de 10 segundos para calcular o frete.', null),

  ('ent-1', 'ent', 'ent-portal', 'Atualizar tarifas de alta temporada', 'conteúdo', 'normal', 'closed', 4200, 0.5, 6, 'marcelo', 'staff', null,
    'Seguem as tarifas de dezembro a fevereiro para os quatro hotéis.',
    'Tarifas publicadas nos quatro sites e conferidas com o motor de reservas.'),
  ('ent-2', 'ent', 'ent-events', 'Formulário de eventos não chega ao CRM', 'bug', 'high', 'closed', 3840, 0.8, 20, 'renata', 'dev', null,
    'Os pedidos de orçamento de eventos pararam de entrar no HubSpot.',
    'O token da integração com o HubSpot expirou. Renovamos e reprocessamos 37 pedidos da fila.'),
  ('ent-3', 'ent', 'ent-portal', 'Sites fora do ar após troca de DNS', 'infraestrutura', 'urgent', 'closed', 3600, 0.1, 2, 'marcelo', 'dev', null,
    'Todos os sites do grupo estão fora do ar desde a migração de DNS.',
    'Um registro CNAME ainda apontava para o balanceador antigo. Corrigido; propagação em andamento.'),
  ('ent-4', 'ent', 'ent-portal', 'Páginas antigas do Verão com erro 404', 'SEO', 'normal', 'resolved', 2880, 0.7, 50, 'aline', 'staff', null,
    'O Search Console acusa 312 páginas com erro 404 da campanha de verão.',
    'Criamos redirecionamentos 301 para as páginas equivalentes e enviamos o sitemap atualizado.'),
  ('ent-5', 'ent', null, 'Acesso para a agência de eventos', 'acesso', 'low', 'closed', 2400, 1.5, 5, 'helena', 'staff', null,
    'A agência parceira precisa publicar a agenda de eventos. Como liberamos?',
    'Criamos um usuário de editor com acesso só à agenda de eventos.'),
  ('ent-6', 'ent', 'ent-portal', 'Latência alta para clientes de São Paulo', 'desempenho', 'high', 'resolved', 1680, 0.4, 8, 'gustavo', 'dev', null,
    'Hóspedes de São Paulo relatam lentidão para abrir o site.',
    'Rota degradada entre a CDN e a origem. Ativamos uma origem secundária com failover automático.'),
  ('ent-7', 'ent', null, 'Encerrar campanha de leads de eventos', 'campanhas', 'normal', 'closed', 1488, 0.6, 2, 'renata', 'staff', null,
    'A temporada de convenções fechou; podem encerrar a campanha de leads?',
    'Campanha encerrada. O relatório final de leads está na pasta Eventos corporativos.'),
  ('ent-8', 'ent', 'ent-booking', 'Motor de reservas fora do ar', 'infraestrutura', 'urgent', 'resolved', 288, 0.08, 1.8, 'marcelo', 'dev', null,
    'Ninguém consegue concluir reservas em nenhum hotel!',
    'O parceiro trocou o certificado da API sem aviso. Já ajustamos e as reservas voltaram.'),
  ('ent-9', 'ent', 'ent-resort', 'Spanish version of the resort site', 'conteúdo', 'normal', 'resolved', 432, 0.9, 96, 'pedro', 'staff', null,
    'Argentinian guests keep asking for a Spanish version of the Praia do Forte site. Can we add it?',
    'Spanish pages are live for the resort; the booking flow follows the visitor''s language.'),
  ('ent-10', 'ent', 'ent-loyalty', 'Integração com o programa Aurora+', 'desenvolvimento', 'normal', 'waiting_client', 168, 0.6, null, 'helena', 'staff', null,
    'Queremos mostrar o saldo de pontos Aurora+ na área do hóspede.',
    'Precisamos das credenciais de homologação da API do parceiro de fidelidade. Podem solicitar ao fornecedor?'),
  ('ent-11', 'ent', 'ent-portal', 'Fotos do novo spa de Gramado', 'conteúdo', 'low', 'waiting_client', 96, 0.9, null, 'aline', 'staff', 'ent-gramado-spa',
    'As fotos do spa novo estão na pasta Gramado. Podem criar a página?',
    'Página montada em homologação. Falta o texto sobre os tratamentos; podem nos enviar?'),
  ('ent-12', 'ent', 'ent-booking', 'Página de reservas ficou mais lenta', 'desempenho', 'high', 'in_progress', 72, 0.5, null, 'renata', 'dev', null,
    'Desde o widget novo de reservas a página demora para responder ao toque.',
    'O widget carrega o calendário inteiro no início. Vamos adiar o script e reduzir o JavaScript da página.'),
  ('ent-13', 'ent', 'ent-portal', 'Logo novo no painel white label', 'white label', 'normal', 'in_progress', 240, 0.7, null, 'marcelo', 'dev', 'ent-logo-novo',
    'Trocamos a marca do painel para Aurora Digital. O SVG está na pasta Manual da marca.',
    'Logo aplicado em homologação; publicamos junto com as novas cores amanhã.'),
  ('ent-14', 'ent', null, 'Tentativas de login suspeitas no blog', 'segurança', 'urgent', 'in_progress', 24, 0.2, null, 'gustavo', 'dev', null,
    'Recebemos dezenas de alertas de login com senha errada no painel do blog.',
    'Bloqueamos os IPs de origem no WAF e ativamos autenticação em dois fatores para os editores.'),
  ('ent-15', 'ent', null, 'Relatório consolidado por hotel', 'relatórios', 'normal', 'open', 0.5, null, null, 'helena', null, null,
    'Dá para receber o relatório mensal separado por hotel, além do consolidado?', null),
  ('ent-16', 'ent', 'ent-portal', 'Language switch fails on mobile', 'bug', 'high', 'open', 2.5, null, null, 'pedro', null, 'ent-mobile',
    'On mobile, switching the site to English sends guests back to the Portuguese home page. Screenshot attached.', null);

insert into public.support_tickets (
  id, org_id, project_id, subject, priority, status, category, created_by, assignee_id,
  first_response_at, resolved_at, created_at, updated_at
)
select pg_temp.sid('ticket:' || t.key), o.id, case when t.project is not null then pg_temp.sid('project:' || t.project) end,
  t.subject, t.priority, t.status, t.category, a.id, s.id,
  c.now - make_interval(secs => (t.opened_hours - t.reply_hours) * 3600),
  c.now - make_interval(secs => (t.opened_hours - t.resolve_hours) * 3600),
  c.now - make_interval(secs => t.opened_hours * 3600),
  c.now - make_interval(secs => (t.opened_hours - coalesce(t.resolve_hours, t.reply_hours, 0)) * 3600)
from seed_tickets t
join seed_orgs o on o.key = t.org
join seed_users a on a.key = t.author
left join seed_users s on s.key = t.assignee
cross join seed_clock c
-- Numbers (#1, #2, …) are handed out in insertion order: oldest first.
order by t.opened_hours desc;

-- The conversation: the client's request, the agency's first reply, an internal note on some, the resolution
-- and, once closed, the client's thanks.
insert into public.ticket_messages (ticket_id, org_id, author_id, body, is_internal, attachments, created_at)
select pg_temp.sid('ticket:' || t.key), o.id, m.author, m.body, m.internal, m.attachments, m.at
from seed_tickets t
join seed_orgs o on o.key = t.org
join seed_users a on a.key = t.author
left join seed_users s on s.key = t.assignee
left join seed_files f on f.key = t.attachment
cross join seed_clock c
cross join lateral (values
  (1, a.id, t.body, false,
    case when f.key is not null then jsonb_build_array(jsonb_build_object(
      'object_name', f.object_name, 'name', f.name, 'mime_type', f.mime, 'size_bytes', f.size_bytes))
    else '[]'::jsonb end,
    c.now - make_interval(secs => t.opened_hours * 3600)),
  (2, s.id, t.reply, false, '[]'::jsonb, c.now - make_interval(secs => (t.opened_hours - t.reply_hours) * 3600)),
  (3, s.id,
    case when t.status = 'in_progress' then 'Nota interna: prioridade alinhada com o cliente; atualizar o ticket ao subir a correção.'
      when t.priority = 'urgent' then 'Nota interna: incidente registrado; revisar o postmortem na reunião de sexta.' end,
    true, '[]'::jsonb, c.now - make_interval(secs => (t.opened_hours - t.reply_hours) * 3600 - 1800)),
  (4, s.id,
    case when t.status in ('resolved', 'closed') then case when t.author = 'pedro'
      then 'All done on our side. Let us know if anything else comes up.'
      else 'Concluído por aqui. Se notar qualquer outra coisa, é só responder este ticket.' end end,
    false, '[]'::jsonb, c.now - make_interval(secs => (t.opened_hours - t.resolve_hours) * 3600)),
  (5, a.id,
    case when t.status = 'closed' then 'Perfeito, obrigado! Pode encerrar.' end,
    false, '[]'::jsonb, c.now - make_interval(secs => (t.opened_hours - t.resolve_hours) * 3600 - 5400))
) as m (i, author, body, internal, attachments, at)
where m.body is not null and m.at <= c.now
order by m.at;

-- ─── Ad campaigns ────────────────────────────────────────────────────────────────────────────────────────
-- Only on the platforms each plan includes (Google on basic, Google and Meta above; none on free). Daily rows
-- from the start to the end or pause: spend near the daily budget, clicks from the cost per click, impressions
-- from the click-through rate, conversions from the conversion rate (improving as the campaign is optimised),
-- revenue from the average order value, so CTR, CPC, CPA and ROAS come out in the usual ranges per channel.
create temp table seed_campaigns (
  key text primary key, org text not null, platform text not null, name text not null, status text not null,
  objective text not null, daily_budget numeric not null, start_days int not null, stop_days int not null,
  cpc numeric not null, ctr numeric not null, cvr numeric not null, order_value numeric not null
) on commit drop;
insert into seed_campaigns values
  ('basic-implantes', 'basic', 'google_ads', 'Pesquisa — Implantes dentários', 'active', 'leads', 90, 180, 1, 3.8, 0.065, 0.07, 260),
  ('basic-clareamento', 'basic', 'google_ads', 'Pesquisa — Clareamento (verão)', 'ended', 'leads', 60, 150, 121, 2.6, 0.072, 0.09, 190),
  ('pro-marca', 'pro', 'google_ads', 'Pesquisa — Marca Moda Viva', 'active', 'sales', 70, 180, 1, 0.9, 0.14, 0.055, 289),
  ('pro-remarketing', 'pro', 'meta_ads', 'Remarketing — Carrinho abandonado', 'active', 'sales', 140, 120, 1, 0.75, 0.016, 0.026, 240),
  ('pro-prospeccao', 'pro', 'meta_ads', 'Prospecção — Público semelhante', 'paused', 'sales', 250, 60, 35, 0.65, 0.011, 0.009, 230),
  ('ent-reservas', 'ent', 'google_ads', 'Pesquisa — Reservas diretas', 'active', 'sales', 900, 180, 1, 2.4, 0.09, 0.016, 1850),
  ('ent-pmax', 'ent', 'google_ads', 'Performance Max — Resorts', 'active', 'sales', 600, 45, 1, 1.3, 0.025, 0.005, 2400),
  ('ent-reels', 'ent', 'meta_ads', 'Reels — Inspiração Praia do Forte', 'active', 'traffic', 400, 75, 1, 0.45, 0.009, 0.0016, 2100),
  ('ent-eventos', 'ent', 'meta_ads', 'Leads — Eventos corporativos', 'ended', 'leads', 250, 100, 62, 1.9, 0.013, 0.06, 350);

insert into public.campaigns (
  id, org_id, platform, external_id, name, status, objective, daily_budget, currency, started_on, ended_on,
  created_at, updated_at
)
select pg_temp.sid('campaign:' || k.key), o.id, k.platform,
  case k.platform
    when 'google_ads' then (20000000000 + abs(hashtext(k.key)))::text
    else (120210000000000000 + abs(hashtext(k.key)))::text
  end,
  k.name, k.status, k.objective, k.daily_budget, 'BRL', c.today - k.start_days,
  case when k.status = 'ended' then c.today - k.stop_days end,
  c.now - make_interval(days => k.start_days + 2), c.now - make_interval(days => k.stop_days)
from seed_campaigns k
join seed_orgs o on o.key = k.org
cross join seed_clock c;

insert into public.campaign_metrics (campaign_id, org_id, day, impressions, clicks, conversions, cost, revenue)
select pg_temp.sid('campaign:' || k.key), o.id, d.day, (m.clicks / (k.ctr * (0.8 + 0.4 * d.r2)))::bigint, m.clicks,
  m.conversions, m.cost, round(m.conversions * k.order_value * (0.8 + 0.4 * d.r3), 2)
from seed_campaigns k
join seed_orgs o on o.key = k.org
cross join seed_clock c
cross join lateral (
  select c.today - n as day,
    (k.start_days - n)::numeric / greatest(k.start_days - k.stop_days, 1) as progress,
    pg_temp.rnd('cm1:' || k.key || n)::numeric as r1, pg_temp.rnd('cm2:' || k.key || n)::numeric as r2,
    pg_temp.rnd('cm3:' || k.key || n)::numeric as r3,
    extract(isodow from c.today - n) >= 6 as weekend
  from generate_series(k.stop_days, k.start_days) n
) d
cross join lateral (
  select round(k.daily_budget * (0.8 + 0.2 * d.r1) * case when d.weekend then 0.85 else 1 end, 2) as cost
) spend
cross join lateral (
  select greatest(round(spend.cost / (k.cpc * (0.85 + 0.3 * d.r2))), 1)::bigint as clicks
) cl
cross join lateral (
  select spend.cost,
    cl.clicks,
    round(cl.clicks * k.cvr * (0.75 + 0.5 * d.r3) * (0.8 + 0.35 * d.progress), 2) as conversions
) m;

-- ─── Monthly reports ─────────────────────────────────────────────────────────────────────────────────────
-- The last six closed months, generated on the 1st; the summary is computed from the seeded history itself,
-- so the report and the dashboards tell the same story. Their PDFs would be objects of the report-pdfs bucket;
-- none is seeded, so a report's page says its PDF is being prepared.
insert into public.reports (org_id, period, status, object_name, generated_at, summary, created_at)
select o.id, r.period, 'ready', o.id::text || '/reports/' || to_char(r.period, 'YYYY-MM') || '.pdf',
  (r.period + interval '1 month 1 day 6 hours') at time zone 'America/Sao_Paulo',
  jsonb_strip_nulls(jsonb_build_object(
    'requests', traffic.requests,
    'bandwidth_bytes', traffic.bandwidth,
    'performance_score', perf.score,
    'lcp_ms', perf.lcp,
    'incidents', inc.n,
    'downtime_minutes', inc.minutes,
    'uptime_percent', round(100 - 100 * inc.minutes / (extract(epoch from interval '1 month') / 60), 3),
    'tickets_opened', tk.opened,
    'tickets_resolved', tk.resolved,
    'deliveries', dl.n,
    'ad_cost', ads.cost,
    'ad_revenue', ads.revenue,
    'ad_conversions', ads.conversions,
    'roas', round(ads.revenue / nullif(ads.cost, 0), 2),
    'currency', 'BRL'
  )),
  (r.period + interval '1 month 1 day 6 hours') at time zone 'America/Sao_Paulo'
from seed_orgs o
cross join seed_clock c
cross join lateral (
  select (date_trunc('month', c.today) - make_interval(months => k))::date as period from generate_series(1, 6) k
) r
cross join lateral (
  select sum(n.requests_total) as requests, sum(n.bandwidth_bytes) as bandwidth
  from public.network_usage n where n.org_id = o.id and date_trunc('month', n.day) = r.period
) traffic
cross join lateral (
  select round(avg(p.performance_score)) as score, round(avg(p.lcp_ms)) as lcp
  from public.performance_metrics p
  where p.org_id = o.id and p.source = 'lighthouse'
    and date_trunc('month', p.measured_at at time zone 'America/Sao_Paulo') = r.period
) perf
cross join lateral (
  select count(*) as n, coalesce(round(sum(extract(epoch from i.resolved_at - i.started_at) / 60)
    filter (where i.severity <> 'minor')), 0) as minutes
  from public.incidents i
  where i.org_id = o.id and date_trunc('month', i.started_at at time zone 'America/Sao_Paulo') = r.period
) inc
cross join lateral (
  select count(*) filter (where date_trunc('month', t.created_at at time zone 'America/Sao_Paulo') = r.period) as opened,
    count(*) filter (where date_trunc('month', t.resolved_at at time zone 'America/Sao_Paulo') = r.period) as resolved
  from public.support_tickets t where t.org_id = o.id
) tk
cross join lateral (
  select count(*) as n from public.deliveries d
  where d.org_id = o.id and date_trunc('month', d.delivered_at at time zone 'America/Sao_Paulo') = r.period
) dl
cross join lateral (
  select sum(m.cost) as cost, sum(m.revenue) as revenue, sum(m.conversions) as conversions
  from public.campaign_metrics m where m.org_id = o.id and date_trunc('month', m.day) = r.period
) ads;

-- ─── Funnel: leads, URL analyses, rate limiting ──────────────────────────────────────────────────────────
-- Visitors of the free analyzer over six months. Two became clients (the bakery and the clinic), two
-- unsubscribed, one came from a partner without marketing consent; the rest are new or being nurtured.
-- Consent is recorded with the wording's version, as LGPD requires. Nurturing is caught up as of today on the
-- app's schedule (emails on days 3, 7, 14 and 30 after consent, src/leads/nurture-schedule.ts), so the daily
-- job has nothing overdue to send on a fresh start.
create temp table seed_leads on commit drop as
select x.*,
  case when x.consent_at is null then 0 else (
    select count(*)::int from unnest(array[3, 7, 14, 30]) d
    where d <= coalesce(x.stop_days, (c.today - (x.consent_at at time zone 'America/Sao_Paulo')::date))
  ) end as nurture_step
from (
  select pg_temp.sid('lead:' || l.email) as id, l.*, created_at,
    case when (l.utm::jsonb ->> 'utm_medium') is distinct from 'partner' then created_at + interval '2 minutes' end
      as consent_at
  from (values
    ('rafael@arco.local', 'Rafael Teixeira', 'Padaria Pão Dourado', 'https://paodourado.com.br/', 'converted', 6, 'free', 236,
      '{"utm_source": "instagram", "utm_medium": "social", "utm_campaign": "analisador-gratis"}'),
    ('camila@arco.local', 'Camila Ribeiro', 'Clínica Sorriso Leve', 'https://sorrisoleve.com.br/', 'converted', 10, 'basic', 430,
      '{"utm_source": "google", "utm_medium": "cpc", "utm_campaign": "analisador-gratis"}'),
    ('marcos@oficinadomarcos.com.br', 'Marcos Vieira', 'Oficina do Marcos', 'https://oficinadomarcos.com.br/', null, null, null, 21,
      '{"utm_source": "google", "utm_medium": "cpc", "utm_campaign": "analisador-gratis"}'),
    ('contato@petshopamigofiel.com.br', 'Luana Costa', 'Pet Shop Amigo Fiel', 'https://petshopamigofiel.com.br/', null, null, null, 6,
      '{"utm_source": "instagram", "utm_medium": "social"}'),
    ('ana.paula@escolaaprender.com.br', 'Ana Paula Mendes', 'Escola Aprender', 'https://escolaaprender.com.br/', null, null, null, 40,
      '{"utm_source": "newsletter", "utm_medium": "email"}'),
    ('joao@cafedaserra.com.br', 'João Batista', 'Café da Serra', 'https://cafedaserra.com.br/', 'unsubscribed', 9, null, 75, '{}'),
    ('financeiro@imobiliariahorizonte.com.br', 'Roberta Lins', 'Imobiliária Horizonte', 'https://imobiliariahorizonte.com.br/', null, null, null, 12,
      '{"utm_source": "linkedin", "utm_medium": "social"}'),
    ('carlos@advocaciasantos.adv.br', 'Carlos Santos', 'Santos Advocacia', 'https://advocaciasantos.adv.br/', null, null, null, 1,
      '{"utm_source": "google", "utm_medium": "organic"}'),
    ('marketing@academiafitmax.com.br', 'Priscila Rocha', 'Academia FitMax', 'https://academiafitmax.com.br/', null, null, null, 9,
      '{"utm_source": "google", "utm_medium": "cpc", "utm_campaign": "analisador-gratis"}'),
    ('eduardo@construtoraalicerce.com.br', 'Eduardo Nogueira', 'Construtora Alicerce', 'https://construtoraalicerce.com.br/', null, null, null, 0,
      '{"utm_source": "parceiro", "utm_medium": "partner"}'),
    ('bianca@floriculturaipe.com.br', 'Bianca Freitas', 'Floricultura Ipê', 'https://floriculturaipe.com.br/', 'unsubscribed', 4, null, 120, '{}'),
    ('sac@farmaciavidaverde.com.br', 'Renato Dias', 'Farmácia Vida Verde', 'https://farmaciavidaverde.com.br/', null, null, null, 16,
      '{"utm_source": "instagram", "utm_medium": "social", "utm_campaign": "analisador-gratis"}'),
    ('gabriel@hamburgueriabrasa.com.br', 'Gabriel Moura', 'Hamburgueria Brasa', 'https://hamburgueriabrasa.com.br/', null, null, null, 2,
      '{"utm_source": "google", "utm_medium": "cpc", "utm_campaign": "analisador-gratis"}'),
    ('tatiane@studiotatiyoga.com.br', 'Tatiane Arruda', 'Studio Tati Yoga', 'https://studiotatiyoga.com.br/', null, null, null, 95,
      '{"utm_source": "newsletter", "utm_medium": "email"}')
  ) as l (email, name, company, url, outcome, stop_days, org, days, utm)
  cross join seed_clock c
  cross join lateral (
    select c.now - make_interval(days => l.days, hours => (pg_temp.rnd('lead:' || l.email) * 12)::int) as created_at
  ) t
) x
cross join seed_clock c;

insert into public.leads (
  id, email, name, company, source, first_url, utm, consent_at, consent_text_version, locale, status,
  unsubscribe_token_hash, unsubscribed_at, converted_org_id, nurture_step, last_nurture_at, created_at
)
select l.id, l.email, l.name, l.company, case when l.consent_at is null then 'referral' else 'analyzer' end,
  l.url, l.utm::jsonb, l.consent_at, case when l.consent_at is not null then 'lgpd-consent-2026-01' end,
  'pt-BR', coalesce(l.outcome, case when l.nurture_step > 0 then 'nurturing' else 'new' end),
  pg_temp.sha('seed-unsubscribe:' || l.email),
  case when l.outcome = 'unsubscribed' then l.consent_at + make_interval(days => l.stop_days) end,
  o.id, l.nurture_step,
  case when l.nurture_step > 0 then least(c.now, (((l.consent_at at time zone 'America/Sao_Paulo')::date
    + (array[3, 7, 14, 30])[l.nurture_step]) + time '09:00') at time zone 'America/Sao_Paulo') end,
  l.created_at
from seed_leads l
left join seed_orgs o on o.key = l.org
cross join seed_clock c;

-- Lighthouse reports in the shape of src/analyzer/analysis-result.ts. Scores follow a per-site quality level;
-- opportunities and failed audits are picked from the usual suspects of small-business sites.
create temp table seed_audits (
  id text primary key, category text not null, pt text not null, en text not null, weight double precision not null
) on commit drop;
insert into seed_audits values
  ('image-delivery-insight', 'opportunity', 'Melhore a entrega de imagens', 'Improve image delivery', 0.9),
  ('render-blocking-insight', 'opportunity', 'Solicitações que bloqueiam a renderização', 'Render blocking requests', 0.8),
  ('unused-javascript', 'opportunity', 'Reduza o JavaScript não usado', 'Reduce unused JavaScript', 0.75),
  ('unused-css-rules', 'opportunity', 'Reduza o CSS não usado', 'Reduce unused CSS', 0.5),
  ('cache-insight', 'opportunity', 'Use ciclos de vida de cache eficientes', 'Use efficient cache lifetimes', 0.6),
  ('document-latency-insight', 'opportunity', 'Latência de solicitação de documentos', 'Document request latency', 0.4),
  ('font-display-insight', 'opportunity', 'Exibição de fontes', 'Font display', 0.35),
  ('legacy-javascript-insight', 'opportunity', 'JavaScript legado', 'Legacy JavaScript', 0.3),
  ('largest-contentful-paint', 'performance', 'Maior exibição de conteúdo', 'Largest Contentful Paint', 0.8),
  ('total-blocking-time', 'performance', 'Tempo total de bloqueio', 'Total Blocking Time', 0.6),
  ('cumulative-layout-shift', 'performance', 'Cumulative Layout Shift', 'Cumulative Layout Shift', 0.4),
  ('color-contrast', 'accessibility', 'As cores de primeiro e segundo plano não têm taxa de contraste suficiente',
    'Background and foreground colors do not have a sufficient contrast ratio', 0.7),
  ('image-alt', 'accessibility', 'Os elementos de imagem não têm atributos [alt]', 'Image elements do not have [alt] attributes', 0.6),
  ('link-name', 'accessibility', 'Os links não têm um nome discernível', 'Links do not have a discernible name', 0.4),
  ('label', 'accessibility', 'Os elementos de formulário não têm rótulos associados', 'Form elements do not have associated labels', 0.3),
  ('errors-in-console', 'bestPractices', 'Erros do navegador foram registrados no console', 'Browser errors were logged to the console', 0.6),
  ('image-aspect-ratio', 'bestPractices', 'Exibe imagens com a proporção incorreta', 'Displays images with incorrect aspect ratio', 0.3),
  ('third-party-cookies', 'bestPractices', 'Usa cookies de terceiros', 'Uses third-party cookies', 0.4),
  ('meta-description', 'seo', 'O documento não tem uma metadescrição', 'Document does not have a meta description', 0.5),
  ('link-text', 'seo', 'Os links não têm texto descritivo', 'Links do not have descriptive text', 0.4),
  ('crawlable-anchors', 'seo', 'Os links não são rastreáveis', 'Links are not crawlable', 0.2);

-- One analysis per lead (the report they left their email for) and a few from visitors who left none.
create temp table seed_analyses on commit drop as
select a.*,
  (0.35 + 0.6 * pg_temp.rnd('quality:' || a.url)) as quality
from (
  select pg_temp.sid('analysis:' || l.email) as id, l.url, l.id as lead_id, l.created_at - interval '4 minutes' as created_at
  from seed_leads l
  union all
  select pg_temp.sid('analysis:anon:' || v.url), v.url, null, c.now - make_interval(days => v.days, hours => v.hours)
  from (values
    ('https://lojadobairro.com.br/', 3, 5), ('https://clinicavet-bichomania.com.br/', 11, 2),
    ('https://www.pousadamardeminas.com.br/', 27, 9), ('https://buffetalegria.com.br/', 44, 1),
    ('https://autoescolaviaexpressa.com.br/', 63, 7), ('https://doceriaflordeacucar.com.br/', 88, 3),
    ('https://otica-visao.com.br/', 132, 4), ('https://www.marcenariacedro.com.br/', 170, 6)
  ) as v (url, days, hours), seed_clock c
) a;

-- The seeded URLs are already in the form src/analyzer/normalize-url.ts gives, which keys the 24 h cache.
insert into public.url_analyses (
  id, url, normalized_url, final_url, lead_id, ip_hash, status, progress, stage, result, failure_reason,
  created_at, started_at, finished_at
)
select a.id, a.url, a.url,
  case when not failed then a.url end, a.lead_id, pg_temp.sha('seed-ip:' || a.url),
  case when failed then 'failed' else 'done' end, case when failed then 40 else 100 end,
  case when failed then 'failed' else 'done' end,
  case when not failed then jsonb_build_object(
    'lighthouseVersion', '13.5.0',
    'fetchedAt', to_char((a.created_at + interval '15 seconds') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'finalUrl', a.url,
    'scores', jsonb_build_object('performance', m.perf, 'accessibility', m.a11y, 'bestPractices', m.bp, 'seo', m.seo),
    'metrics', jsonb_build_object('lcpMs', m.lcp, 'cls', m.cls, 'tbtMs', m.tbt, 'fcpMs', m.fcp, 'speedIndexMs', m.si, 'ttfbMs', m.ttfb),
    'opportunities', coalesce((
      select jsonb_agg(jsonb_build_object(
          'id', x.id, 'title', jsonb_build_object('pt-BR', x.pt, 'en', x.en), 'score', x.score,
          'displayValue', 'Est savings of ' || x.savings_kib || ' KiB', 'savingsMs', x.savings_ms, 'savingsBytes', x.savings_kib * 1024
        ) order by x.savings_ms desc)
      from (
        select au.*, round((0.1 + 0.4 * pg_temp.rnd('s:' || a.url || au.id))::numeric, 2) as score,
          (round((1 - a.quality) * 2400 * au.weight * (0.5 + pg_temp.rnd('ms:' || a.url || au.id)) / 10) * 10)::int as savings_ms,
          (round((1 - a.quality) * 900 * au.weight * (0.4 + pg_temp.rnd('kb:' || a.url || au.id))))::int as savings_kib
        from seed_audits au
        where au.category = 'opportunity' and pg_temp.rnd('o:' || a.url || au.id) < au.weight * (1.3 - a.quality)
      ) x
    ), '[]'::jsonb),
    'failedAudits', (
      select jsonb_object_agg(cat, coalesce(audits, '[]'::jsonb))
      from unnest(array['performance', 'accessibility', 'bestPractices', 'seo']) cat
      left join lateral (
        select jsonb_agg(jsonb_build_object(
          'id', au.id, 'title', jsonb_build_object('pt-BR', au.pt, 'en', au.en),
          'score', round((0.2 + 0.6 * pg_temp.rnd('fs:' || a.url || au.id))::numeric, 2),
          'displayValue', case au.id
            when 'largest-contentful-paint' then round(m.lcp / 1000.0, 1) || ' s'
            when 'total-blocking-time' then m.tbt || ' ms'
            when 'cumulative-layout-shift' then m.cls::text
          end
        )) as audits
        from seed_audits au
        where au.category = cat and pg_temp.rnd('f:' || a.url || au.id) < au.weight * (1.2 - a.quality)
      ) f on true
    ),
    'pageWeightBytes', ((1 - a.quality) * 6000000 + 900000)::int,
    'requestCount', ((1 - a.quality) * 120 + 35)::int,
    'consoleErrorCount', ((1 - a.quality) * 6)::int
  ) end,
  case when failed then 'A página não respondeu em 45 segundos (tempo limite).' end,
  a.created_at, a.created_at + interval '3 seconds', a.created_at + interval '18 seconds'
from seed_analyses a
cross join lateral (select a.url in ('https://otica-visao.com.br/', 'https://buffetalegria.com.br/') as failed) fl
cross join lateral (
  select lcp, tbt, cls, fcp, si, ttfb, perf,
    least(100, round(60 + 38 * a.quality + 4 * pg_temp.rnd('a11y:' || a.url)))::int as a11y,
    least(100, round(55 + 45 * a.quality))::int as bp,
    least(100, round(65 + 33 * a.quality + 3 * pg_temp.rnd('seo:' || a.url)))::int as seo
  from (
    select x.*, round(100 * (
      0.10 * pg_temp.lh(x.fcp, 1800, 3000) + 0.10 * pg_temp.lh(x.si, 3387, 5800) + 0.25 * pg_temp.lh(x.lcp, 2500, 4000)
      + 0.30 * pg_temp.lh(x.tbt, 200, 600) + 0.25 * pg_temp.lh(x.cls, 0.1, 0.25)
    ))::int as perf
    from (
      select (1500 + (1 - a.quality) * 7000)::int as lcp, (60 + (1 - a.quality) * 1400)::int as tbt,
        round((0.01 + (1 - a.quality) * 0.35 * pg_temp.rnd('cls:' || a.url))::numeric, 3) as cls,
        (900 + (1 - a.quality) * 3200)::int as fcp, (1400 + (1 - a.quality) * 6500)::int as si,
        (180 + (1 - a.quality) * 1300)::int as ttfb
    ) x
  ) y
) m;

-- The bakery's first performance record is the analyzer report it signed up with: its baseline.
insert into public.performance_metrics (
  org_id, project_id, url, measured_at, lcp_ms, cls, fcp_ms, ttfb_ms,
  performance_score, accessibility_score, best_practices_score, seo_score, grade, source
)
select o.id, pg_temp.sid('project:free-site'), 'https://paodourado.com.br/', (r ->> 'fetchedAt')::timestamptz,
  (r #>> '{metrics,lcpMs}')::int, (r #>> '{metrics,cls}')::numeric, (r #>> '{metrics,fcpMs}')::int, (r #>> '{metrics,ttfbMs}')::int,
  (r #>> '{scores,performance}')::int, (r #>> '{scores,accessibility}')::int, (r #>> '{scores,bestPractices}')::int,
  (r #>> '{scores,seo}')::int,
  case when (r #>> '{scores,performance}')::int >= 90 then 'A' when (r #>> '{scores,performance}')::int >= 80 then 'B'
    when (r #>> '{scores,performance}')::int >= 70 then 'C' when (r #>> '{scores,performance}')::int >= 60 then 'D'
    when (r #>> '{scores,performance}')::int >= 50 then 'E' else 'F' end,
  'analyzer'
from public.url_analyses a, seed_orgs o, lateral (select a.result as r) x
where a.id = pg_temp.sid('analysis:rafael@arco.local') and o.key = 'free';

-- Recent requests counted by the analyzer's rate limiter (subjects are keyed hashes, never addresses).
insert into public.rate_limit_hits (bucket, subject_hash, hit_at)
select case when k % 4 = 0 then 'analyze:email' else 'analyze:ip' end, pg_temp.sha('seed-subject:' || (k % 9)),
  c.now - make_interval(mins => (k * 7 + (pg_temp.rnd('hit:' || k) * 6)::int))
from generate_series(0, 39) k, seed_clock c;

-- ─── Billing (Stripe mirror) ─────────────────────────────────────────────────────────────────────────────
-- Fake Stripe ids (cus_demo_…, sub_demo_…, evt_demo_…). The bakery tried Basic for two months and went back
-- to Free: a cancelled subscription, the churn the revenue screen counts. Enterprise is billed at its
-- negotiated monthly price.
insert into public.billing_customers (id, org_id, stripe_customer_id, email, created_at, updated_at)
select pg_temp.sid('customer:' || o.key), o.id, 'cus_demo_' || replace(o.slug, '-', '_'), u.email,
  c.now - make_interval(days => b.days), c.now - make_interval(days => b.days)
from (values ('free', 160), ('basic', 410), ('pro', 600), ('ent', 970)) as b (org, days)
join seed_orgs o on o.key = b.org
join seed_users u on u.key = o.owner
cross join seed_clock c;

create temp table seed_subscriptions on commit drop as
select pg_temp.sid('subscription:' || s.org) as id, o.id as org_id, o.key as org, o.slug,
  'sub_demo_' || replace(o.slug, '-', '_') as stripe_id, s.plan, s.status, s.amount, s.started,
  case when s.status = 'active'
    then s.started + make_interval(months => (extract(year from age(c.now, s.started)) * 12 + extract(month from age(c.now, s.started)))::int)
    else s.started + interval '1 month' end as period_start
from (values
  ('free', 'basic', 'canceled', 297, 160),
  ('basic', 'basic', 'active', 297, 410),
  ('pro', 'pro', 'active', 897, 600),
  ('ent', 'enterprise', 'active', 4900, 970)
) as s0 (org, plan, status, amount, days)
join seed_orgs o on o.key = s0.org
cross join seed_clock c
cross join lateral (select s0.org, s0.plan, s0.status, s0.amount, c.now - make_interval(days => s0.days) as started) s;

insert into public.subscriptions (
  id, org_id, stripe_subscription_id, plan_key, status, current_period_start, current_period_end,
  cancel_at_period_end, canceled_at, amount, currency, interval, created_at, updated_at
)
select s.id, s.org_id, s.stripe_id, s.plan, s.status, s.period_start, s.period_start + interval '1 month',
  s.status = 'canceled', case when s.status = 'canceled' then s.period_start + interval '1 month' end,
  s.amount, 'BRL', 'month', s.started, least(s.period_start + interval '1 month', (select now from seed_clock))
from seed_subscriptions s;

-- The webhook's ledger: each subscription's creation, its paid invoices of the last six months and the
-- bakery's cancellation, all processed.
insert into public.stripe_events (id, type, payload, received_at, processed_at)
select 'evt_demo_' || substr(md5(e.kind || s.stripe_id || e.at), 1, 24), e.kind,
  jsonb_build_object(
    'id', 'evt_demo_' || substr(md5(e.kind || s.stripe_id || e.at), 1, 24), 'object', 'event', 'type', e.kind,
    'created', extract(epoch from e.at)::bigint, 'livemode', false,
    'data', jsonb_build_object('object', case when e.kind like 'invoice.%' then jsonb_build_object(
      'id', 'in_demo_' || substr(md5(s.stripe_id || e.at), 1, 20), 'object', 'invoice', 'customer', 'cus_demo_' || replace(s.slug, '-', '_'),
      'subscription', s.stripe_id, 'amount_paid', (s.amount * 100)::bigint, 'currency', 'brl', 'status', 'paid')
    else jsonb_build_object(
      'id', s.stripe_id, 'object', 'subscription', 'customer', 'cus_demo_' || replace(s.slug, '-', '_'),
      'status', case when e.kind = 'customer.subscription.deleted' then 'canceled' else 'active' end,
      'items', jsonb_build_object('data', jsonb_build_array(jsonb_build_object(
        'price', jsonb_build_object('lookup_key', s.plan, 'unit_amount', (s.amount * 100)::bigint, 'currency', 'brl'))))) end)
  ),
  e.at, e.at + interval '2 seconds'
from seed_subscriptions s
cross join seed_clock c
cross join lateral (
  select 'customer.subscription.created' as kind, s.started as at
  union all
  select 'invoice.paid', s.period_start - make_interval(months => k)
  from generate_series(0, 5) k
  where s.status = 'active' and s.period_start - make_interval(months => k) >= c.now - interval '6 months'
  union all
  select 'invoice.paid', s.started where s.status = 'canceled'
  union all
  select 'invoice.paid', s.period_start where s.status = 'canceled'
  union all
  select 'customer.subscription.deleted', s.period_start + interval '1 month' where s.status = 'canceled'
) e;

-- ─── Platform: API keys, documents for AI insights, email, jobs, impersonation ───────────────────────────
-- Only the sha256 of a key is stored; these keys were never shown to anyone, so nothing can use them.
insert into public.api_keys (org_id, name, prefix, key_hash, scopes, created_by, last_used_at, revoked_at, expires_at, created_at)
select o.id, k.name, 'arco_' || substr(md5('seed-key:' || k.name || o.key), 1, 8),
  pg_temp.sha('seed-api-key:' || o.key || ':' || k.name), k.scopes, u.id,
  case when k.used_hours is not null then c.now - make_interval(hours => k.used_hours) end,
  case when k.revoked_days is not null then c.now - make_interval(days => k.revoked_days) end,
  case when k.expires_days is not null then c.now + make_interval(days => k.expires_days) end,
  c.now - make_interval(days => k.days)
from (values
  ('free', 'rafael', 'Cardápio no app de delivery', array['metrics:read'], 30, 60, null, null),
  ('basic', 'bruno', 'Painel da recepção', array['tickets:read', 'metrics:read'], 4, 200, null, null),
  ('pro', 'thiago', 'Looker Studio — campanhas', array['campaigns:read', 'metrics:read'], 1, 300, null, null),
  ('pro', 'thiago', 'Integração antiga do ERP', array['tickets:write'], 900, 520, 45, null),
  ('ent', 'marcelo', 'BI corporativo', array['campaigns:read', 'metrics:read', 'reports:read'], 0, 700, null, null),
  ('ent', 'renata', 'Central de reservas — status', array['metrics:read'], 2, 120, null, 245),
  ('ent', 'gustavo', 'Script de auditoria (temporário)', array['tickets:read'], null, 20, null, 10)
) as k (org, author, name, scopes, used_hours, days, revoked_days, expires_days)
join seed_orgs o on o.key = k.org
join seed_users u on u.key = k.author
cross join seed_clock c;

-- AI insights read these (Pro and Enterprise only): one document per monthly report and per resolved
-- incident, written from the seeded numbers.
insert into public.documents (id, org_id, source_kind, source_ref, title, content, content_hash, created_at, updated_at)
select pg_temp.sid('document:' || d.source_kind || d.source_ref), d.org_id, d.source_kind, d.source_ref, d.title, d.content,
  pg_temp.sha(d.content), d.at, d.at
from (
  select r.org_id, 'report' as source_kind, r.id::text as source_ref,
    'Relatório de ' || to_char(r.period, 'MM/YYYY') as title,
    format('Relatório mensal de %s. Requisições: %s. Nota média de desempenho (Lighthouse): %s; LCP médio de %s ms. '
      'Incidentes: %s, com %s minutos fora do ar. Tickets abertos: %s; resolvidos: %s. Investimento em mídia: R$ %s, '
      'receita atribuída: R$ %s, ROAS %s.',
      to_char(r.period, 'MM/YYYY'), r.summary ->> 'requests', r.summary ->> 'performance_score', r.summary ->> 'lcp_ms',
      r.summary ->> 'incidents', r.summary ->> 'downtime_minutes', r.summary ->> 'tickets_opened',
      r.summary ->> 'tickets_resolved', coalesce(r.summary ->> 'ad_cost', '0'), coalesce(r.summary ->> 'ad_revenue', '0'),
      coalesce(r.summary ->> 'roas', '-')) as content,
    r.generated_at as at
  from public.reports r
  join seed_orgs o on o.id = r.org_id
  where o.tier in ('pro', 'enterprise')
  union all
  select i.org_id, 'incident', i.id::text, i.title,
    format('Incidente "%s" (%s) de %s minutos. Causa: %s Ação: %s', i.title, i.severity,
      round(extract(epoch from i.resolved_at - i.started_at) / 60), i.cause, i.postmortem),
    i.resolved_at
  from public.incidents i
  join seed_orgs o on o.id = i.org_id
  where o.tier in ('pro', 'enterprise') and i.resolved_at is not null
) d;

-- Deterministic stand-in embeddings (the hashing trick over the document's words, normalised), so similarity
-- search has something meaningful to rank without calling an embedding provider.
insert into public.embeddings (document_id, org_id, chunk_index, content, embedding, model, created_at)
select d.id, d.org_id, 0, d.content, v.embedding, 'seed-hashing-1536', d.created_at
from public.documents d
cross join lateral (
  select array_agg(coalesce(w.n / norm.value, 0) order by dim.i)::extensions.vector(1536) as embedding
  from generate_series(0, 1535) dim (i)
  left join (
    select abs(hashtext(word)) % 1536 as i, count(*)::double precision as n
    from regexp_split_to_table(lower(d.content), '[^[:alnum:]]+') word
    where word <> ''
    group by 1
  ) w on w.i = dim.i
  cross join (
    select sqrt(sum(n * n)) as value from (
      select count(*)::double precision as n
      from regexp_split_to_table(lower(d.content), '[^[:alnum:]]+') word
      where word <> ''
      group by abs(hashtext(word)) % 1536
    ) s
  ) norm
) v;

-- What the app sent: welcome and invitation emails, the monthly report notices, ticket replies, and the
-- analyzer's welcome and nurture emails under the keys the funnel uses (one bounced address among them). Nothing is left queued, so no job sends
-- seeded mail.
insert into public.email_outbox (
  org_id, to_email, template, locale, payload, idempotency_key, status, provider_id, attempts, last_error, send_after, sent_at, created_at
)
select e.org_id, e.to_email, e.template, e.locale, e.payload, e.key,
  case when e.failed then 'failed' else 'sent' end,
  case when not e.failed then 'local-' || substr(md5(e.key), 1, 16) end,
  case when e.failed then 5 else 1 end,
  case when e.failed then '550 5.1.1 mailbox unavailable' end,
  e.at, case when not e.failed then e.at + interval '4 seconds' end, e.at
from (
  select o.id as org_id, u.email as to_email, 'report-ready' as template, 'pt-BR' as locale,
    jsonb_build_object('reportId', r.id, 'period', to_char(r.period, 'YYYY-MM')) as payload,
    'report-ready:' || r.id || ':' || u.id as key, r.generated_at + interval '10 minutes' as at, false as failed
  from public.reports r
  join seed_orgs o on o.id = r.org_id
  join seed_users u on u.key = o.owner
  union all
  select i.org_id, i.email::text, 'invitation', 'pt-BR', jsonb_build_object('invitationId', i.id, 'role', i.role),
    'invitation:' || i.id, i.created_at, false
  from public.invitations i
  union all
  -- the agency's first public reply on each answered ticket, in the shape of the ticket-reply trigger's rows
  select t.org_id, a.email, 'ticket-reply', org.locale, jsonb_build_object('ticketId', t.id, 'messageId', r.id),
    'ticket-reply:' || r.id, r.created_at + interval '1 minute', false
  from public.support_tickets t
  join public.organizations org on org.id = t.org_id
  join seed_users a on a.id = t.created_by
  join lateral (
    select m.id, m.created_at from public.ticket_messages m join public.staff s on s.user_id = m.author_id
    where m.ticket_id = t.id and not m.is_internal
    order by m.created_at, m.id limit 1
  ) r on true
  union all
  select null, l.email::text, 'lead-welcome', 'pt-BR',
    jsonb_build_object('leadId', l.id, 'analysisId', pg_temp.sid('analysis:' || l.email)),
    format('welcome:%s:%s', l.id, pg_temp.sid('analysis:' || l.email)), l.created_at + interval '1 minute', false
  from seed_leads l
  union all
  select null, l.email::text, 'lead-nurture', 'pt-BR', jsonb_build_object('leadId', l.id, 'day', d.day),
    format('nurture:%s:%s', l.id, d.day),
    least(c.now, (((l.consent_at at time zone 'America/Sao_Paulo')::date + d.day) + time '09:00') at time zone 'America/Sao_Paulo'),
    l.email = 'bianca@floriculturaipe.com.br'
  from seed_leads l
  cross join seed_clock c
  cross join lateral unnest((array[3, 7, 14, 30])[1:l.nurture_step]) as d (day)
  union all
  select o.id, u.email, 'account-welcome', u.locale, jsonb_build_object('userId', u.id), 'account-welcome:' || u.id,
    c.now - make_interval(days => u.joined_days) + interval '1 minute', false
  from seed_users u
  join seed_orgs o on o.key = u.org
  cross join seed_clock c
) e;

-- Job history: the daily heartbeat (one run per São Paulo day, keyed like the job does, up to yesterday so
-- today's run is still the scheduler's), the nightly campaign sync with one failed night, and the monthly
-- reports.
insert into public.job_runs (job, status, run_key, detail, started_at, finished_at)
select 'daily-heartbeat', 'succeeded', to_char(c.today - n, 'YYYY-MM-DD'),
  jsonb_build_object('trigger', 'cron'),
  ((c.today - n)::timestamp + time '06:00') at time zone 'America/Sao_Paulo',
  ((c.today - n)::timestamp + time '06:00:01') at time zone 'America/Sao_Paulo'
from seed_clock c, generate_series(1, 180) n;

insert into public.job_runs (job, status, run_key, detail, started_at, finished_at)
select 'campaign-sync', case when n = 17 then 'failed' else 'succeeded' end, to_char(c.today - n, 'YYYY-MM-DD'),
  case when n = 17 then jsonb_build_object('error', 'meta_ads: rate limit reached (code 17); retried next night')
    else jsonb_build_object('campaigns', 9, 'days', 1) end,
  ((c.today - n)::timestamp + time '03:30') at time zone 'America/Sao_Paulo',
  ((c.today - n)::timestamp + time '03:30' + make_interval(secs => 20 + (pg_temp.rnd('sync:' || n) * 40)::int)) at time zone 'America/Sao_Paulo'
from seed_clock c, generate_series(1, 30) n;

insert into public.job_runs (job, status, run_key, detail, started_at, finished_at)
select 'monthly-reports', 'succeeded', to_char(r.period, 'YYYY-MM'), jsonb_build_object('reports', count(*)),
  min(r.generated_at) - interval '2 minutes', max(r.generated_at)
from public.reports r
group by r.period;

-- "View as": staff looked at two clients' screens in the past, read-only, and stopped before the hour ran out.
insert into public.impersonation_sessions (id, staff_user_id, target_user_id, reason, read_only, started_at, expires_at, ended_at, viewed_org_id)
select pg_temp.sid('impersonation:' || v.target), s.id, t.id, v.reason, true,
  c.now - make_interval(days => v.days), c.now - make_interval(days => v.days) + interval '1 hour',
  c.now - make_interval(days => v.days) + make_interval(mins => v.minutes),
  (select m.org_id from public.memberships m where m.user_id = t.id order by m.created_at limit 1)
from (values
  ('staff', 'camila', 'Cliente relatou que o relatório do mês não abre; reproduzir a tela dela', 9, 14),
  ('dev', 'helena', 'Conferir o painel white label com a marca nova antes da publicação', 31, 22)
) as v (staff, target, reason, days, minutes)
join seed_users s on s.key = v.staff
join seed_users t on t.key = v.target
cross join seed_clock c;

-- ─── Today, through the front door ───────────────────────────────────────────────────────────────────────
-- A few of today's actions made as the people themselves (their JWT claims, the authenticated role), so
-- row-level security admits them like any request and the audit log names who did what.
select set_config('request.jwt.claims', json_build_object('sub', id, 'role', 'authenticated')::text, true)
from seed_users where key = 'demo';
set local role authenticated;
insert into public.support_tickets (id, org_id, subject, priority, category, created_at, updated_at)
values (pg_temp.sid('ticket:pro-14'), pg_temp.sid('org:pro'), 'Relatório de ROAS por coleção', 'normal',
  'relatórios', now() - interval '6 hours', now() - interval '6 hours');
insert into public.ticket_messages (ticket_id, org_id, body, created_at)
values (pg_temp.sid('ticket:pro-14'), pg_temp.sid('org:pro'),
  'Conseguem separar o ROAS das campanhas por coleção (Verão, Primavera)? Quero levar para a reunião de sexta.',
  now() - interval '6 hours');
update public.storage_folders set name = 'Contratos e notas fiscais' where id = pg_temp.sid('folder:pro-contratos');
reset role;

-- The developer picks up the oldest unanswered enterprise ticket; her reply stamps its first response. Staff
-- act with the second factor done (aal2), as the agency area requires.
select set_config('request.jwt.claims', json_build_object('sub', id, 'role', 'authenticated', 'aal', 'aal2')::text, true)
from seed_users where key = 'dev';
set local role authenticated;
update public.support_tickets
set status = 'in_progress', assignee_id = (select auth.uid())
where id = pg_temp.sid('ticket:ent-16');
insert into public.ticket_messages (ticket_id, org_id, body)
values (pg_temp.sid('ticket:ent-16'), pg_temp.sid('org:ent'),
  'Thanks, Pedro! We reproduced it on Android and iOS: the switcher drops the path. A fix is on its way to staging.');
reset role;

select set_config('request.jwt.claims', json_build_object('sub', id, 'role', 'authenticated', 'aal', 'aal2')::text, true)
from seed_users where key = 'staff';
set local role authenticated;
update public.projects set completion = 58 where id = pg_temp.sid('project:pro-store');
reset role;
select set_config('request.jwt.claims', '', true);

-- ─── Usage counters ──────────────────────────────────────────────────────────────────────────────────────
-- The ticket trigger counts each ticket in the month it is inserted, so it charged the whole history to this
-- month (after checking it fitted there, a stricter test than month by month). Re-key the counts to the months
-- the tickets were opened in, in each organization's time zone, as if they had been opened live. Storage
-- needs nothing: its counter already holds exactly the bytes of the seeded files.
delete from public.usage_counters where metric = 'tickets';
insert into public.usage_counters (org_id, metric, period, value, updated_at)
select t.org_id, 'tickets', to_char(t.created_at at time zone o.time_zone, 'YYYY-MM'), count(*), max(t.created_at)
from public.support_tickets t
join public.organizations o on o.id = t.org_id
group by t.org_id, 3;

-- ─── Scheduled jobs' data ───────────────────────────────────────────────────────────────────────────────
-- What the jobs would have written: each organization watches its first domain's home page, each domain has
-- today's DNS and TLS check, and last month is closed.
insert into public.monitors (id, org_id, url, created_at)
select distinct on (d.org_id) pg_temp.sid('monitor:' || d.name), d.org_id, 'https://' || d.name || '/', d.created_at
from public.domains d order by d.org_id, d.created_at, d.name;

insert into public.domain_checks (domain_id, org_id, checked_on, nameservers, certificate, tls_error)
select d.id, d.org_id, current_date, d.nameservers,
  case when d.ssl_expires_at is not null then jsonb_build_object(
    'issuer', d.ssl_provider, 'subject', d.name::text, 'validFrom', d.ssl_expires_at - interval '90 days',
    'validTo', d.ssl_expires_at, 'names', jsonb_build_array(d.name::text, 'www.' || d.name),
    'chain', '[]'::jsonb, 'authorized', d.ssl_status in ('valid', 'expiring')) end,
  case when d.ssl_expires_at is null then 'ECONNREFUSED' when d.ssl_status = 'expired' then 'CERT_HAS_EXPIRED' end
from public.domains d where d.status <> 'pending';

insert into public.usage_periods (org_id, period, tier, tickets, bytes_stored, uptime_checks, performance_checks, limits)
select o.id, p.period, o.tier,
  coalesce((select c.value from public.usage_counters c
    where c.org_id = o.id and c.metric = 'tickets' and c.period = p.period), 0),
  coalesce((select c.value from public.usage_counters c
    where c.org_id = o.id and c.metric = 'storage_bytes' and c.period = 'total'), 0),
  (select count(*) from public.uptime_checks u
    where u.org_id = o.id and to_char(u.checked_at at time zone o.time_zone, 'YYYY-MM') = p.period),
  (select count(*) from public.performance_metrics m
    where m.org_id = o.id and to_char(m.measured_at at time zone o.time_zone, 'YYYY-MM') = p.period),
  (select jsonb_object_agg(pl.limit_key, pl.value) from public.plan_limits pl where pl.plan_key = o.tier)
from public.organizations o
cross join lateral (select to_char((now() at time zone o.time_zone) - interval '1 month', 'YYYY-MM') as period) p;

-- The scheduled measurements behind each organization's latest Lighthouse figures: its first active domain's
-- last three runs, the oldest one failed on a timeout (what the performance page's run list shows).
insert into public.performance_runs (org_id, domain_id, slot, trigger, status, failure_reason, created_at, started_at,
  finished_at)
select d.org_id, d.id, r.slot, 'schedule', case when r.n = 3 then 'failed' else 'succeeded' end,
  case when r.n = 3 then 'timeout' end, r.slot, r.slot + interval '5 seconds', r.slot + interval '20 seconds'
from (
  select distinct on (org_id) id, org_id from public.domains where status = 'active' order by org_id, created_at, name
) d
cross join lateral (
  select n, date_trunc('hour', now()) - make_interval(hours => n * 24) as slot from generate_series(1, 3) n
) r;

drop function pg_temp.rnd(text), pg_temp.sid(text), pg_temp.ease(double precision, double precision, double precision),
  pg_temp.lh(double precision, double precision, double precision), pg_temp.sha(text);

commit;
