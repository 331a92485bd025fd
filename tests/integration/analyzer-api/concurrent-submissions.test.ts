import postgres, { type Sql, type TransactionSql } from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPostgres15Cluster, type Postgres15Cluster } from "../../../supabase/local/postgres15-cluster.ts";

/**
 * The analyzer's limits under real concurrency. PGlite runs one transaction at a time, so the API tests cannot
 * show a race; here 50 backends of a throwaway PostgreSQL 15 cluster call the funnel's door functions at once,
 * each in its own transaction as `anon` (what withAnon does), the way 50 simultaneous requests would.
 */

const ATTEMPTS = 50;
const hex = (c: string) => c.repeat(64);

let cluster: Postgres15Cluster;
let admin: Sql;
let pool: Sql;

beforeAll(async () => {
  cluster = await startPostgres15Cluster();
  console.log(`analyzer races: ${cluster.version}`);
  admin = postgres(cluster.url, { max: 2, onnotice: () => {} });
  pool = postgres(cluster.url, { max: ATTEMPTS, prepare: false, onnotice: () => {} });
});
afterAll(async () => {
  await pool?.end();
  await admin?.end();
  await cluster?.stop();
});

/**
 * Opens `ATTEMPTS` anonymous transactions, checks they are all open at once, then lets every one run `call`
 * at the same moment and commit. Returns each call's rows.
 */
async function race<T>(label: string, call: (tx: TransactionSql, i: number) => Promise<T>): Promise<T[]> {
  let ready = 0;
  let allReady!: () => void;
  let go!: () => void;
  const opened = new Promise<void>((resolve) => (allReady = resolve));
  const start = new Promise<void>((resolve) => (go = resolve));
  const attempts = Array.from({ length: ATTEMPTS }, (_, i) =>
    pool.begin(async (tx) => {
      await tx`select set_config('request.jwt.claims', '{"role":"anon"}', true), set_config('role', 'anon', true)`;
      if (++ready === ATTEMPTS) allReady();
      await start;
      return call(tx, i);
    }),
  );
  await Promise.race([opened, Promise.race(attempts).catch(() => {})]);
  let open = 0;
  try {
    [{ open }] = await admin<[{ open: number }]>`
      select count(*)::int as open from pg_stat_activity where state = 'idle in transaction'`;
  } finally {
    go();
  }
  const started = performance.now();
  const results = await Promise.all(attempts);
  console.log(`${label}: ${open} transactions open at once, settled in ${(performance.now() - started).toFixed(0)} ms`);
  expect(open, "transactions open at the same time").toBe(ATTEMPTS);
  return results as T[];
}

interface Submitted {
  analysis_id: string | null;
  cached: boolean;
  retry_after: number | null;
}

describe(`analyzer limits with ${ATTEMPTS} concurrent requests on PostgreSQL 15`, () => {
  it("50 submissions of different URLs from one IP: exactly 3 analyses", async () => {
    const results = await race("per IP", async (tx, i) => {
      const [row] = await tx<Submitted[]>`
        select analysis_id, cached, retry_after from funnel.submit_url_analysis(
          ${`https://race.test/ip-${i}`}, ${`https://race.test/ip-${i}`}, ${hex("1")}, null, 3, 10)`;
      return row!;
    });
    expect(results.filter((r) => r.analysis_id !== null)).toHaveLength(3);
    const refused = results.filter((r) => r.analysis_id === null);
    expect(refused).toHaveLength(47);
    expect(refused.every((r) => r.retry_after! > 86_000 && r.retry_after! <= 86_400)).toBe(true);
    const [{ rows, hits }] = await admin<[{ rows: number; hits: number }]>`
      select (select count(*)::int from public.url_analyses where ip_hash = ${hex("1")}) as rows,
        (select count(*)::int from public.rate_limit_hits where subject_hash = ${hex("1")}) as hits`;
    expect({ rows, hits }).toEqual({ rows: 3, hits: 3 });
  });

  it("50 submissions from different IPs with one email: exactly 10 analyses", async () => {
    const results = await race("per email", async (tx, i) => {
      const ip = i.toString(16).padStart(64, "a");
      const [row] = await tx<Submitted[]>`
        select analysis_id, cached, retry_after from funnel.submit_url_analysis(
          ${`https://race.test/email-${i}`}, ${`https://race.test/email-${i}`}, ${ip}, ${hex("e")}, 3, 10)`;
      return row!;
    });
    expect(results.filter((r) => r.analysis_id !== null)).toHaveLength(10);
    const [{ hits }] = await admin<[{ hits: number }]>`
      select count(*)::int as hits from public.rate_limit_hits
      where bucket = 'analyze:email' and subject_hash = ${hex("e")}`;
    expect(hits).toBe(10);
  });

  it("50 visitors submitting the same new URL at once: one analysis, 49 cache hits, nothing else counted", async () => {
    const results = await race("same URL", async (tx, i) => {
      const ip = i.toString(16).padStart(64, "b");
      const [row] = await tx<Submitted[]>`
        select analysis_id, cached, retry_after from funnel.submit_url_analysis(
          'https://race.test/popular', 'https://race.test/popular', ${ip}, null, 3, 10)`;
      return row!;
    });
    expect(new Set(results.map((r) => r.analysis_id)).size).toBe(1);
    expect(results.filter((r) => !r.cached)).toHaveLength(1);
    const [{ rows, hits }] = await admin<[{ rows: number; hits: number }]>`
      select (select count(*)::int from public.url_analyses where normalized_url = 'https://race.test/popular') as rows,
        (select count(*)::int from public.rate_limit_hits where bucket = 'analyze:ip' and subject_hash like 'bbbb%') as hits`;
    expect({ rows, hits }).toEqual({ rows: 1, hits: 1 });
  });

  it("50 emails given at once for one address: exactly 5 pass the email gate", async () => {
    const [{ id }] = await admin<[{ id: string }]>`
      insert into public.url_analyses (url, normalized_url) values ('https://race.test/gate', 'https://race.test/gate')
      returning id`;
    const results = await race("email gate", async (tx, i) => {
      const ip = i.toString(16).padStart(64, "c");
      const [row] = await tx<{ retry_after: number | null }[]>`
        select retry_after from funnel.give_analysis_email(${id}, ${ip}, ${hex("f")}, 10, 5)`;
      return row!;
    });
    expect(results.filter((r) => r.retry_after === null)).toHaveLength(5);
  });
});
