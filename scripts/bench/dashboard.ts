// `npm run bench:dashboard`: the client dashboard on the production build, as the Pro owner, against the seeded
// local stack plus 200 generated organizations with 90 days of history:
//   - each page's server response time (p50/p95 over 30 requests, after 3 warm-ups);
//   - the SQL statements each page sends (besides BEGIN/COMMIT and the RLS claims of each transaction);
//   - each page's first-load JavaScript (its <script src> files but the nomodule polyfills, gzip);
//   - the time from "send" on the new-ticket form to the conversation, and to the ticket in the list;
//   - Lighthouse (mobile) performance and accessibility of the overview.
// Targets on a 2-core machine: p95 ≤ 150 ms, ≤ 8 queries, ≤ 180 kB JS gzip; Lighthouse ≥ 90 and 100.
// Then the agency admin as the staff admin, over 1,000 organizations and a 20,000-ticket queue: the same figures
// per page (targets: overview and clients p95 ≤ 300 ms, the ticket queue p95 ≤ 200 ms), and the staff/service
// cost ratio of the clients table's statement under row-level security (target ≤ 1.5).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromium } from "@playwright/test";
import { headlessChromeFlags } from "../../src/analyzer/lighthouse/chrome-flags.ts";
import { currentTotpCode } from "../../supabase/local/auth/mfa/totp.ts";
import { verifiedTotpSecrets } from "../../supabase/local/auth/mfa/verified-totp-secrets.ts";
import { repoRoot } from "../../supabase/local/paths.ts";
import { startStack } from "../../supabase/local/stack.ts";
import { generateAgencyLoad, staffVersusServiceOnClients } from "./admin-load.ts";

const PORT = 3200;
const appUrl = `http://127.0.0.1:${PORT}`;
const chromePath = "/usr/lib/chromium/chromium";
const RUNS = 30;
/** `-- --admin-only`: skip the client pages and Lighthouse (the generated load is the same). */
const adminOnly = process.argv.includes("--admin-only");
/** `-- --client-only`: stop after the client pages, the ticket send and Lighthouse. */
const clientOnly = process.argv.includes("--client-only");

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** `-- --show-queries`: print each page's counted statements. */
const showQueries = process.argv.includes("--show-queries");

let recording: { sql: string; applicationName: string }[] | null = null;
const dataDir = mkdtempSync(join(tmpdir(), "arco-bench-dashboard-"));
const stack = await startStack({
  dataDir,
  apiPort: 0,
  dbPort: 0,
  onStatement: (sql, applicationName) => recording?.push({ sql, applicationName }),
});

/** 200 organizations with 90 days of history, written in bulk (triggers off: this is load, not behaviour). */
async function generateOrganizations() {
  const started = performance.now();
  await stack.context.sql.begin(async (tx) => {
    await tx.unsafe(`set local session_replication_role = replica`);
    await tx.unsafe(`
      insert into public.organizations (name, slug, tier)
      select 'Bench ' || i, 'bench-' || i, (array['free', 'basic', 'pro', 'enterprise'])[1 + i % 4]
      from generate_series(1, 200) i;
      create temp table bench_orgs on commit drop as
        select id, slug from public.organizations where slug like 'bench-%';
      insert into public.projects (org_id, name, status, completion, budget, start_date, due_date)
      select o.id, 'Project ' || p, (array['discovery','design','development','review','launched','maintenance'])[1 + p % 6],
        p * 15, 10000 * p, current_date - 60, current_date + 30 * p
      from bench_orgs o, generate_series(1, 3) p;
      insert into public.milestones (org_id, project_id, title, due_date, position, completed_at)
      select p.org_id, p.id, 'Milestone ' || m, current_date + (m - 3) * 10, m,
        case when m < 3 then now() - interval '5 days' end
      from public.projects p join bench_orgs o on o.id = p.org_id, generate_series(1, 6) m;
      insert into public.deliveries (org_id, project_id, title, delivered_at, url)
      select p.org_id, p.id, 'Delivery ' || d, now() - (d * 7 || ' days')::interval, 'https://example.com/d/' || d
      from public.projects p join bench_orgs o on o.id = p.org_id, generate_series(1, 5) d;
      insert into public.domains (org_id, name, status, ssl_status, ssl_expires_at, renews_at)
      select o.id, o.slug || '-' || d || '.com.br', 'active', 'valid', now() + (d * 20 || ' days')::interval,
        now() + interval '200 days'
      from bench_orgs o, generate_series(1, 3) d;
      insert into public.uptime_checks (org_id, url, checked_at, status_code, response_ms, ok)
      select o.id, 'https://' || o.slug || '.com.br', now() - (h || ' hours')::interval, 200, 80 + h % 120, h % 97 <> 0
      from bench_orgs o, generate_series(0, 90 * 24 - 1) h;
      insert into public.performance_metrics (org_id, url, measured_at, source, performance_score, accessibility_score,
        best_practices_score, seo_score, lcp_ms, inp_ms, cls, fcp_ms, ttfb_ms)
      select o.id, 'https://' || o.slug || '.com.br', now() - (d || ' days')::interval, 'lighthouse',
        60 + d % 35, 85 + d % 15, 80 + d % 20, 90 + d % 10, 1800 + d * 10, 150 + d, 0.05, 1200 + d * 5, 300 + d
      from bench_orgs o, generate_series(0, 89) d;
      insert into public.network_usage (org_id, day, requests_total, requests_2xx, requests_3xx, requests_4xx,
        requests_5xx, bandwidth_bytes, geo)
      select o.id, current_date - d, 10000 + d * 10, 9000 + d * 10, 500, 400, 100, 5e9::bigint + d * 1e7::bigint,
        '{"BR": 9000, "US": 700, "PT": 300}'::jsonb
      from bench_orgs o, generate_series(0, 89) d;
      insert into public.campaigns (org_id, platform, name, status)
      select o.id, p, 'Campaign ' || p, 'active' from bench_orgs o, unnest(array['google_ads', 'meta_ads']) p;
      insert into public.campaign_metrics (org_id, campaign_id, day, impressions, clicks, conversions, cost, revenue)
      select c.org_id, c.id, current_date - d, 10000, 300, 12, 250, 1800
      from public.campaigns c join bench_orgs o on o.id = c.org_id, generate_series(0, 89) d;
      insert into public.incidents (org_id, title, severity, started_at, resolved_at, cause)
      select o.id, 'Incident ' || i, 'major', now() - (i * 9 || ' days')::interval,
        now() - (i * 9 || ' days')::interval + interval '2 hours', 'Upstream outage'
      from bench_orgs o, generate_series(1, 5) i;
      insert into public.support_tickets (org_id, number, subject, status, sla_hours, created_at)
      select o.id, t, 'Ticket ' || t, (array['open', 'in_progress', 'resolved', 'closed'])[1 + t % 4], 4,
        now() - (t || ' days')::interval
      from bench_orgs o, generate_series(1, 20) t;
      insert into public.ticket_messages (org_id, ticket_id, body, is_internal, created_at)
      select t.org_id, t.id, 'Message ' || m, m = 3, t.created_at + (m || ' hours')::interval
      from public.support_tickets t join bench_orgs o on o.id = t.org_id, generate_series(1, 4) m;
      insert into public.reports (org_id, period, status, object_name, generated_at, summary)
      select o.id, (date_trunc('month', current_date) - (m || ' months')::interval)::date, 'ready',
        o.id || '/report-' || m || '.pdf', now() - (m || ' months')::interval,
        '{"requests": 300000, "performance_score": 82, "lcp_ms": 2100, "incidents": 1, "downtime_minutes": 42,
          "tickets_opened": 12, "tickets_resolved": 11}'::jsonb
      from bench_orgs o, generate_series(1, 3) m;
      insert into public.storage_folders (org_id, name, created_at)
      select o.id, 'Folder ' || f, now() - (f || ' days')::interval from bench_orgs o, generate_series(1, 6) f;
      insert into public.storage_files (org_id, folder_id, object_name, name, mime_type, size_bytes, created_at)
      select o.id, case when n % 3 = 0 then (select f.id from public.storage_folders f where f.org_id = o.id limit 1) end,
        o.id || '/' || gen_random_uuid() || '/file-' || n || '.pdf', 'File ' || n || '.pdf', 'application/pdf',
        100000 * n, now() - (n || ' hours')::interval
      from bench_orgs o, generate_series(1, 60) n;
    `);
  });
  await stack.context.sql.unsafe("analyze");
  const [counts] = await stack.context.sql<{ rows: string }[]>`
    select (select count(*) from public.uptime_checks) + (select count(*) from public.performance_metrics)
      + (select count(*) from public.network_usage) + (select count(*) from public.campaign_metrics) as rows`;
  console.log(
    `  generated 200 organizations, ${Number(counts!.rows).toLocaleString("en")} history rows in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

const env = {
  ...process.env,
  SUPABASE_URL: stack.apiUrl,
  SUPABASE_ANON_KEY: stack.anonKey,
  SUPABASE_SERVICE_ROLE_KEY: stack.serviceRoleKey,
  DATABASE_URL: stack.dbUrl,
  APP_URL: appUrl,
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_MANUAL_SIG_HANDLE: "1",
};
const nextBin = join(repoRoot, "node_modules", "next", "dist", "bin", "next");

async function startApp() {
  if (!existsSync(join(repoRoot, ".next", "BUILD_ID"))) {
    console.log("  no production build: building first…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: repoRoot, env, stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const app = spawn(process.execPath, [nextBin, "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: repoRoot,
    env,
    stdio: "ignore",
  });
  for (let i = 0; i < 240; i++) {
    if (
      await fetch(appUrl).then(
        () => true,
        () => false,
      )
    )
      return app;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the app did not start");
}

/** A demo account's session cookies (the Pro owner's by default), from a real sign-in in the browser. */
async function signIn(email = "demo@arco.local", landing = /\/app\/moda-viva$/): Promise<string> {
  const browser = await chromium.launch({ executablePath: chromePath, args: [...headlessChromeFlags] });
  const page = await browser.newPage({ locale: "pt-BR" });
  await page.goto(`${appUrl}/sign-in`);
  await page.getByRole("tab", { name: "Senha" }).click();
  const panel = page.getByRole("tabpanel", { name: "Senha" });
  await panel.getByLabel("E-mail").fill(email);
  await panel.getByLabel("Senha").fill("arco-demo-2026");
  await panel.getByRole("button", { name: "Entrar" }).click();
  // The demo staff have an authenticator: the second step asks for its current code.
  await page.waitForURL((url) => url.pathname === "/mfa" || landing.test(url.pathname));
  if (new URL(page.url()).pathname === "/mfa") {
    const [factor] = await verifiedTotpSecrets(stack.context.sql, [email]);
    await page.getByLabel("Código do app autenticador").fill(currentTotpCode(factor!.secret));
    await page.getByRole("button", { name: "Verificar" }).click();
  }
  await page.waitForURL(landing);
  const cookies = await page.context().cookies();
  await browser.close();
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

/**
 * The JavaScript a browser downloads to show the page: its `<script src>` files, except `nomodule` ones (the
 * legacy polyfills, which every browser that runs modules skips).
 */
async function firstLoadJsGzip(html: string): Promise<number> {
  const sources = [...html.matchAll(/<script([^>]+)>/g)]
    .map((match) => match[1]!)
    // React writes the attribute `noModule`; modern browsers skip those scripts (the legacy polyfills).
    .filter((attributes) => !/\snomodule\b/i.test(attributes))
    .map((attributes) => /\ssrc="([^"]+)"/.exec(attributes)?.[1])
    .filter((source): source is string => source !== undefined);
  let total = 0;
  for (const source of new Set(sources)) {
    const body = await (await fetch(new URL(source, appUrl))).arrayBuffer();
    total += gzipSync(Buffer.from(body)).length;
  }
  return total;
}

/**
 * "Send" on the new-ticket form, in the browser, to the ticket's conversation on screen, and to the ticket in
 * the list (the list loaded right after the send): p50/p95 over ten tickets.
 */
async function ticketSendTimes(cookie: string): Promise<{ conversation: number[]; list: number[] }> {
  const browser = await chromium.launch({ executablePath: chromePath, args: [...headlessChromeFlags] });
  const times = { conversation: [] as number[], list: [] as number[] };
  try {
    const context = await browser.newContext({ locale: "pt-BR" });
    await context.addCookies(
      cookie.split("; ").map((pair) => {
        const [name, ...value] = pair.split("=");
        return { name: name!, value: value.join("="), url: appUrl };
      }),
    );
    const page = await context.newPage();
    for (let i = 0; i < 10; i++) {
      const subject = `Bench ticket ${i} ${Date.now().toString(36)}`;
      await page.goto(`${appUrl}/app/moda-viva/tickets/new`);
      await page.getByLabel("Assunto", { exact: true }).fill(subject);
      await page.getByLabel("Descrição", { exact: true }).fill("Medindo o tempo do envio até a lista.");
      const sent = performance.now();
      await page.getByRole("button", { name: "Abrir chamado" }).click();
      await page.getByRole("heading", { level: 1, name: subject }).waitFor();
      times.conversation.push(performance.now() - sent);
      await page.goto(`${appUrl}/app/moda-viva/tickets`);
      await page.getByRole("link", { name: new RegExp(subject) }).waitFor();
      times.list.push(performance.now() - sent);
    }
  } finally {
    await browser.close();
  }
  return times;
}

async function lighthouseOverview(cookie: string) {
  const chrome = await launch({ chromePath, chromeFlags: [...headlessChromeFlags] });
  try {
    const result = await lighthouse(`${appUrl}/app/moda-viva`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      extraHeaders: { Cookie: cookie },
    });
    const categories = result?.lhr.categories;
    return {
      performance: Math.round((categories?.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories?.accessibility?.score ?? 0) * 100),
    };
  } finally {
    chrome.kill();
  }
}

const header =
  "  page                       status   p50 ms   p95 ms   queries   first-load JS (gzip)   stack statements";

/**
 * One page's line: status, p50/p95 over RUNS requests after 3 warm-ups, the app's queries, first-load JS, and
 * the statements the stack's own services (Auth, Storage) sent while answering the page's calls to them.
 */
async function measurePage(name: string, url: string, cookie: string) {
  const get = () =>
    fetch(url, { headers: { cookie }, redirect: "manual" }).then(async (r) => ({
      status: r.status,
      html: await r.text(),
    }));
  for (let i = 0; i < 3; i++) await get();
  const times: number[] = [];
  let last = { status: 0, html: "" };
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    last = await get();
    times.push(performance.now() - started);
  }
  // Queries: the fewest seen over three requests, so a background job's statements never count.
  let queries = Infinity;
  let stackStatements = Infinity;
  for (let i = 0; i < 3; i++) {
    recording = [];
    await get();
    const counted = recording.filter(
      ({ sql }) => !/^\s*(begin|commit|rollback|select set_config\('request\.jwt\.claims')/i.test(sql),
    );
    const own = counted.filter(({ applicationName }) => applicationName === "arco");
    if (showQueries && i === 0)
      for (const { sql } of own) console.log(`      ${sql.replace(/\s+/g, " ").slice(0, 160)}`);
    queries = Math.min(queries, own.length);
    stackStatements = Math.min(stackStatements, counted.length - own.length);
    recording = null;
  }
  const js = await firstLoadJsGzip(last.html);
  console.log(
    `  ${name.padEnd(26)} ${String(last.status).padEnd(8)} ${percentile(times, 50).toFixed(0).padStart(6)}   ${percentile(times, 95).toFixed(0).padStart(6)}   ${String(queries).padStart(7)}   ${(js / 1024).toFixed(1).padStart(8)} kB   ${String(stackStatements).padStart(16)}`,
  );
}

let app: ReturnType<typeof spawn> | undefined;
try {
  console.log("Client dashboard (production build, Pro owner, seeded stack + 200 generated organizations)");
  await generateOrganizations();
  app = await startApp();
  const cookie = await signIn();
  const ids = await stack.context.sql<{ project: string; domain: string; report: string; ticket: string }[]>`
    select (select p.id from public.projects p join public.organizations o on o.id = p.org_id
             where o.slug = 'moda-viva' order by p.created_at limit 1) as project,
           (select d.id from public.domains d join public.organizations o on o.id = d.org_id
             where o.slug = 'moda-viva' order by d.created_at limit 1) as domain,
           (select r.id from public.reports r join public.organizations o on o.id = r.org_id
             where o.slug = 'moda-viva' order by r.period desc limit 1) as report,
           (select t.id from public.support_tickets t join public.organizations o on o.id = t.org_id
             where o.slug = 'moda-viva' order by t.number desc limit 1) as ticket`;
  const { project, domain, report, ticket } = ids[0]!;
  // A folder of the file store with subfolders and files (the seed's "Campanhas").
  const [{ folder }] = await stack.context.sql<[{ folder: string }]>`
    select f.id as folder from public.storage_folders f join public.organizations o on o.id = f.org_id
    where o.slug = 'moda-viva' and f.parent_id is null order by f.name limit 1`;
  const routes = [
    "",
    "/projects",
    `/projects/${project}`,
    "/domains",
    `/domains/${domain}`,
    "/infrastructure",
    "/files",
    `/files/${folder}`,
    "/tickets",
    `/tickets/${ticket}`,
    "/tickets/new",
    "/performance",
    "/uptime",
    "/campaigns",
    "/reports",
    `/reports/${report}`,
    "/billing",
    "/team",
    "/search?q=checkout",
    "/settings",
    "/settings/api-keys",
  ];
  if (!adminOnly) {
    console.log(header);
    for (const route of routes) {
      const name = route.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/, "<id>") || "(overview)";
      await measurePage(name, `${appUrl}/app/moda-viva${route}`, cookie);
    }
    const sends = await ticketSendTimes(cookie);
    console.log(
      `  new ticket, "send" → its conversation: p50 ${percentile(sends.conversation, 50).toFixed(0)} ms, p95 ${percentile(sends.conversation, 95).toFixed(0)} ms; → in the list: p50 ${percentile(sends.list, 50).toFixed(0)} ms, p95 ${percentile(sends.list, 95).toFixed(0)} ms`,
    );
    const scores = await lighthouseOverview(cookie);
    console.log(
      `  Lighthouse (mobile) on the overview: performance ${scores.performance}, accessibility ${scores.accessibility}`,
    );
  }

  if (!clientOnly) {
    console.log("Agency admin (production build, staff admin)");
    await generateAgencyLoad(stack.context.sql);
    const staffCookie = await signIn("staff@arco.local", /\/admin$/);
    const [admin] = await stack.context.sql<[{ staff: string; ticket: string }]>`
      select (select s.user_id from public.staff s where s.role = 'admin' order by s.created_at limit 1) as staff,
        (select t.id from public.support_tickets t order by t.created_at desc limit 1) as ticket`;
    console.log(header);
    for (const [name, path] of [
      ["(overview)", ""],
      ["clients", "/clients"],
      ["clients by usage", "/clients?sort=usage&dir=desc"],
      ["clients/<slug>", "/clients/moda-viva"],
      ["tickets", "/tickets"],
      ["tickets (breached)", "/tickets?view=breached"],
      ["tickets/<id>", `/tickets/${admin.ticket}`],
      ["leads", "/leads"],
      ["revenue", "/revenue"],
      ["audit", "/audit"],
      ["jobs", "/jobs"],
      ["search", "/search?q=checkout"],
    ] as const) {
      await measurePage(name, `${appUrl}/admin${path}`, staffCookie);
    }
    await staffVersusServiceOnClients(stack.context.sql, admin.staff);
  }
} finally {
  app?.kill("SIGTERM");
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
