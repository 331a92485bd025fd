// `npm run bench:api` (1/2): the public API's main reads at 200 organizations, server-side (the route handler
// in-process: key lookup and rate count, then the read under RLS as the organization's principal), on a
// throwaway PostgreSQL 15 cluster, since PGlite's single backend would not say much about a server.
import { createHash, randomBytes } from "node:crypto";
import postgres from "postgres";
import { it } from "vitest";
import { startPostgres15Cluster } from "../../../supabase/local/postgres15-cluster.ts";
import { ms, percentile } from "./percentile.ts";

const ORGS = 200;
const METRICS_PER_ORG = 2_000;
const ITERATIONS = 400;
const WARMUP = 40;
const TARGET_P95_MS = 50;

type Handler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;

it("measures the public API's reads at 200 organizations", async () => {
  const log = (line = "") => console.log(line);
  const cluster = await startPostgres15Cluster({ settings: { shared_buffers: "256MB" } });
  const sql = postgres(cluster.url, { max: 1, onnotice: () => {} });
  let closeAppPool: (() => Promise<void>) | undefined;
  try {
    log(`\nbench:api — public API reads (${cluster.version.split(" ").slice(0, 2).join(" ")})`);
    const keys = Array.from({ length: ORGS }, () => `arco_live_${randomBytes(32).toString("base64url")}`);
    const seedStarted = performance.now();
    await sql.begin(async (tx) => {
      // Triggers off for the seed (audit, limits, search queue): they would measure the seed, not the API.
      await tx`set local session_replication_role = replica`;
      await tx`insert into public.organizations (name, slug, tier)
        select 'Bench ' || i, 'bench-' || i, 'enterprise' from generate_series(1, ${ORGS}) i`;
      await tx`insert into public.projects (org_id, name, status, completion, description)
        select o.id, 'Project ' || p, 'development', p * 10, 'About project ' || p
        from public.organizations o, generate_series(1, 5) p`;
      await tx`insert into public.domains (org_id, name, status)
        select o.id, o.slug || '-' || d || '.example', 'active' from public.organizations o, generate_series(1, 3) d`;
      await tx`insert into public.support_tickets (org_id, number, subject, status, created_at)
        select o.id, t, 'Request ' || t, (array['open', 'in_progress', 'resolved'])[t % 3 + 1], now() - t * interval '1 day'
        from public.organizations o, generate_series(1, 50) t`;
      await tx`insert into public.incidents (org_id, title, severity, started_at)
        select o.id, 'Incident ' || i, 'minor', now() - i * interval '3 days' from public.organizations o, generate_series(1, 10) i`;
      await tx`insert into public.performance_metrics (org_id, url, measured_at, lcp_ms, performance_score, source)
        select o.id, 'https://' || o.slug || '.example/', now() - g * interval '30 minutes',
          1200 + (random() * 3000)::int, 40 + (random() * 59)::int, 'lighthouse'
        from generate_series(0, ${METRICS_PER_ORG - 1}) g cross join public.organizations o`;
      const orgs = await tx<{ id: string }[]>`select id from public.organizations order by slug`;
      for (const [i, org] of orgs.entries()) {
        const hash = createHash("sha256").update(keys[i]!).digest("hex");
        await tx`insert into public.api_keys (org_id, name, prefix, key_hash, scopes)
          values (${org.id}, 'Bench', ${keys[i]!.slice(0, 16)}, ${hash}, '{read}')`;
      }
    });
    await sql`vacuum analyze`;
    log(
      `seeded ${ORGS} organizations (5 projects, 3 domains, 50 tickets, 10 incidents, ${METRICS_PER_ORG.toLocaleString("en")} metrics each) in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`,
    );

    Object.assign(process.env, {
      DATABASE_URL: cluster.url,
      SUPABASE_URL: "http://127.0.0.1:9",
      SUPABASE_ANON_KEY: "unused",
      SUPABASE_SERVICE_ROLE_KEY: "unused",
    });
    const { connection } = await import("@/src/db/connection");
    closeAppPool = () => connection().end();
    const routes: Record<string, { handler: Handler; path: string }> = {
      "GET /projects": { handler: (await import("@/app/api/v1/projects/route")).GET, path: "/projects" },
      "GET /domains": { handler: (await import("@/app/api/v1/domains/route")).GET, path: "/domains" },
      "GET /performance-metrics": {
        handler: (await import("@/app/api/v1/performance-metrics/route")).GET,
        path: "/performance-metrics?limit=100",
      },
      "GET /incidents": { handler: (await import("@/app/api/v1/incidents/route")).GET, path: "/incidents" },
      "GET /tickets": { handler: (await import("@/app/api/v1/tickets/route")).GET, path: "/tickets?status=open" },
    };

    log(
      `\n${"read".padEnd(26)}${"p50".padStart(9)}${"p95".padStart(9)}${"max".padStart(9)}   (${ITERATIONS} requests, keys of all ${ORGS} orgs)`,
    );
    const worst: number[] = [];
    for (const [name, { handler, path }] of Object.entries(routes)) {
      const samples: number[] = [];
      for (let i = 0; i < WARMUP + ITERATIONS; i++) {
        const request = new Request(`http://bench.test/api/v1${path}`, {
          headers: { authorization: `Bearer ${keys[i % ORGS]}` },
        });
        const started = performance.now();
        const response = await handler(request, { params: Promise.resolve({}) });
        await response.arrayBuffer();
        const elapsed = performance.now() - started;
        if (response.status !== 200) throw new Error(`${name} answered ${response.status}`);
        if (i >= WARMUP) samples.push(elapsed);
      }
      worst.push(percentile(samples, 95));
      log(`${name.padEnd(26)}${ms(percentile(samples, 50))}${ms(percentile(samples, 95))}${ms(Math.max(...samples))}`);
    }
    const p95 = Math.max(...worst);
    log(`\nworst p95 ${p95.toFixed(1)} ms — target ≤ ${TARGET_P95_MS} ms: ${p95 <= TARGET_P95_MS ? "met" : "NOT met"}`);
  } finally {
    await sql.end();
    await closeAppPool?.();
    await cluster.stop();
  }
});
