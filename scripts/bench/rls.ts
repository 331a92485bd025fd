// `npm run bench:rls`: what row-level security costs the dashboard's main queries at realistic volume, on a
// throwaway PostgreSQL 15 cluster (hosted Supabase runs Postgres; PGlite's single backend would not say much).
import postgres, { type Sql, type TransactionSql } from "postgres";
import { startPostgres15Cluster } from "../../supabase/local/postgres15-cluster.ts";

const ORGS = 200;
const METRICS_PER_ORG = 20_000;
const ITERATIONS = 200;
const WARMUP = 20;
const TARGET_RATIO = 1.3;
const TARGET_P95_MS = 20;

/** The dashboard's reads, filtered by the organization in the URL ($1) as the app does; RLS adds its own check. */
const queries: Record<string, string> = {
  "latest metrics": `
    select url, measured_at, lcp_ms, inp_ms, cls, performance_score, grade from public.performance_metrics
    where org_id = $1 order by measured_at desc limit 20`,
  "30-day LCP trend": `
    select date_trunc('day', measured_at) as day, avg(lcp_ms)::int as lcp_ms from public.performance_metrics
    where org_id = $1 and measured_at >= now() - interval '30 days' group by 1 order by 1`,
  "open tickets by status": `
    select status, count(*)::int as tickets from public.support_tickets
    where org_id = $1 and status in ('open', 'in_progress', 'waiting_client') group by status`,
  "project list": `
    select id, name, status, completion, due_date from public.projects where org_id = $1 order by created_at desc`,
};

interface Tenant {
  org: string;
  member: string;
}

/** Rolls back a measured insert: thrown inside `sql.begin`, caught outside. */
class Rollback extends Error {}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (value: number) => `${value.toFixed(2)} ms`.padStart(9);
const log = (line = "") => console.log(line);

/**
 * 200 organizations with one member each, 20k metric rows per organization (one every 30 minutes, the orgs'
 * rows interleaved as a time-ordered heap really is), 3 projects and 50 tickets each. Triggers are off for the
 * seed (session_replication_role): audit entries and limit checks of 4M rows would measure the seed, not RLS.
 */
async function seed(sql: Sql): Promise<Tenant[]> {
  await sql.begin(async (tx) => {
    await tx`set local session_replication_role = replica`;
    await tx`
      insert into public.organizations (name, slug, tier)
      select 'Bench ' || i, 'bench-' || i, 'pro' from generate_series(1, ${ORGS}) i`;
    await tx`insert into auth.users (email) select 'member-' || i || '@bench.test' from generate_series(1, ${ORGS}) i`;
    await tx`
      insert into public.memberships (org_id, user_id, role, status)
      select o.id, u.id, 'member', 'accepted' from public.organizations o
      join auth.users u on u.email = 'member-' || substr(o.slug, 7) || '@bench.test'`;
    await tx`
      insert into public.projects (org_id, name, status, completion, due_date)
      select o.id, 'Project ' || p, (array['discovery', 'development', 'maintenance'])[p], p * 30, current_date + p * 30
      from public.organizations o, generate_series(1, 3) p`;
    await tx`
      insert into public.support_tickets (org_id, number, subject, status, created_at)
      select o.id, t, 'Request ' || t, (array['open', 'in_progress', 'waiting_client', 'resolved', 'closed'])[t % 5 + 1],
        now() - t * interval '1 day'
      from public.organizations o, generate_series(1, 50) t`;
    await tx`
      insert into public.performance_metrics
        (org_id, url, measured_at, lcp_ms, inp_ms, cls, fcp_ms, ttfb_ms, performance_score, grade, source)
      select o.id, 'https://' || o.slug || '.example/', now() - g * interval '30 minutes',
        1200 + (random() * 3000)::int, 80 + (random() * 400)::int, round((random() * 0.3)::numeric, 3),
        800 + (random() * 1500)::int, 100 + (random() * 700)::int, s.score,
        (array['F', 'E', 'D', 'C', 'B', 'A'])[s.score / 20 + 1], 'lighthouse'
      from generate_series(0, ${METRICS_PER_ORG - 1}) g
      cross join public.organizations o
      -- Referencing g makes the score a fresh draw per row, shared by performance_score and grade.
      cross join lateral (select 40 + (random() * 59)::int + 0 * g as score) s`;
  });
  await sql`vacuum analyze`;
  return sql<Tenant[]>`select m.org_id as org, m.user_id as member from public.memberships m order by m.org_id`;
}

/** Makes the transaction the member's, exactly as withUser does. */
async function authenticate(tx: TransactionSql, member: string): Promise<void> {
  const claims = JSON.stringify({ sub: member, role: "authenticated", aud: "authenticated" });
  await tx`select set_config('request.jwt.claims', ${claims}, true), set_config('role', 'authenticated', true)`;
}

/** One statement timed inside its own transaction: as the member through RLS, or as the service client. */
async function timed(sql: Sql, member: string | null, text: string, org: string): Promise<number> {
  let elapsed = 0;
  await sql.begin(async (tx) => {
    if (member) await authenticate(tx, member);
    const started = performance.now();
    await tx.unsafe(text, [org]);
    elapsed = performance.now() - started;
  });
  return elapsed;
}

/**
 * Interleaves RLS and service runs over the tenants, so drift (cache, autovacuum) hits both alike. Each pair
 * reads the same organization's pages, and the second run finds them warm in the CPU caches: which one goes
 * first alternates, so neither side gets that advantage every time.
 */
async function compare(sql: Sql, tenants: Tenant[], text: string) {
  const rls: number[] = [];
  const service: number[] = [];
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    const { org, member } = tenants[i % tenants.length]!;
    const asMember = () => timed(sql, member, text, org);
    const asService = () => timed(sql, null, text, org);
    let memberTime: number;
    let serviceTime: number;
    if (i % 2 === 0) {
      memberTime = await asMember();
      serviceTime = await asService();
    } else {
      serviceTime = await asService();
      memberTime = await asMember();
    }
    if (i < WARMUP) continue;
    rls.push(memberTime);
    service.push(serviceTime);
  }
  return { rls, service };
}

/** Insert timings of one project, rolled back each time so the organization never reaches its limit. */
async function insertCost(sql: Sql, org: string, withLimitTrigger: boolean): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    await sql
      .begin(async (tx) => {
        if (!withLimitTrigger) await tx`alter table public.projects disable trigger limit_projects`;
        const started = performance.now();
        await tx`insert into public.projects (org_id, name) values (${org}, 'Bench insert')`;
        if (i >= WARMUP) samples.push(performance.now() - started);
        throw new Rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
  }
  return samples;
}

async function explain(sql: Sql, tenant: Tenant, text: string): Promise<string[]> {
  const lines: string[] = [];
  await sql.begin(async (tx) => {
    await authenticate(tx, tenant.member);
    const plan = await tx.unsafe(`explain (analyze, buffers) ${text}`, [tenant.org]);
    for (const row of plan) lines.push(String(row["QUERY PLAN"]));
  });
  return lines;
}

const cluster = await startPostgres15Cluster({
  settings: { shared_buffers: "1GB", maintenance_work_mem: "512MB", max_wal_size: "8GB", checkpoint_timeout: "30min" },
});
const sql = postgres(cluster.url, { max: 1, prepare: false, onnotice: () => {} });
try {
  log(`RLS benchmark on ${cluster.version}`);
  const seeding = performance.now();
  const tenants = await seed(sql);
  const [{ size }] = await sql<[{ size: string }]>`
    select pg_size_pretty(pg_total_relation_size('public.performance_metrics')) as size`;
  log(
    `seeded ${ORGS} organizations × ${METRICS_PER_ORG} performance_metrics rows (${size} with indexes), ` +
      `3 projects and 50 tickets each, in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
  );

  log(`\n${ITERATIONS} runs per query, RLS and service interleaved; time of the statement alone`);
  log(
    `${"query".padEnd(24)} ${"RLS p50".padStart(9)} ${"p95".padStart(9)}  ${"svc p50".padStart(9)} ${"p95".padStart(9)}  ratio p50  p95`,
  );
  const misses: string[] = [];
  for (const [name, text] of Object.entries(queries)) {
    const { rls, service } = await compare(sql, tenants, text);
    const [r50, r95, s50, s95] = [
      percentile(rls, 50),
      percentile(rls, 95),
      percentile(service, 50),
      percentile(service, 95),
    ];
    const ok = r50 / s50 <= TARGET_RATIO && r95 <= TARGET_P95_MS;
    if (!ok) misses.push(name);
    log(
      `${name.padEnd(24)} ${ms(r50)} ${ms(r95)}  ${ms(s50)} ${ms(s95)}  ${(r50 / s50).toFixed(2).padStart(9)} ` +
        `${(r95 / s95).toFixed(2).padStart(4)} ${ok ? "ok" : "MISSED"}`,
    );
  }
  log(`targets: RLS/service p50 ≤ ${TARGET_RATIO}, RLS p95 ≤ ${TARGET_P95_MS} ms`);

  // What withUser adds to every request besides the policies: begin, the claims, commit.
  const wrapper: number[] = [];
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    const started = performance.now();
    await sql.begin((tx) => authenticate(tx, tenants[i % tenants.length]!.member));
    if (i >= WARMUP) wrapper.push(performance.now() - started);
  }
  log(
    `\nwithUser per request (begin + claims + commit): p50 ${ms(percentile(wrapper, 50))}, p95 ${ms(percentile(wrapper, 95))}`,
  );

  const org = tenants[0]!.org;
  const withLimit = await insertCost(sql, org, true);
  const withoutLimit = await insertCost(sql, org, false);
  log(`\nprojects insert as the service client (guard and audit triggers in both series):`);
  log(`  with the limit trigger    p50 ${ms(percentile(withLimit, 50))}, p95 ${ms(percentile(withLimit, 95))}`);
  log(`  without it                p50 ${ms(percentile(withoutLimit, 50))}, p95 ${ms(percentile(withoutLimit, 95))}`);

  for (const name of misses) {
    log(`\nplan of "${name}" as the member (target missed):`);
    for (const line of await explain(sql, tenants[0]!, queries[name]!)) log(`  ${line}`);
  }
} finally {
  await sql.end();
  await cluster.stop();
}
