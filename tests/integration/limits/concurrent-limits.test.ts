import postgres, { type PendingQuery, type Row, type Sql, type TransactionSql } from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPostgres15Cluster, type Postgres15Cluster } from "../../../supabase/local/postgres15-cluster.ts";
import { signedInClaims } from "../../support/users.ts";

/**
 * Tier limits under real concurrency. PGlite runs one transaction at a time, so a race can never happen there;
 * these tests run on a throwaway PostgreSQL 15 cluster where 50 backends insert at once, each in its own
 * transaction through its own connection, the way 50 simultaneous requests would. Exactly one may win.
 */

const ATTEMPTS = 50;
const GIB = 1024 ** 3;

let cluster: Postgres15Cluster;
/** Superuser connection for fixtures and for checking what really got stored. */
let admin: Sql;
/** One connection per attempt: `prepare: false` as the app's pool (Supabase's transaction pooler). */
let pool: Sql;

beforeAll(async () => {
  cluster = await startPostgres15Cluster();
  console.log(`concurrent limits: ${cluster.version}; not applied: ${cluster.skippedMigrations.join(", ") || "none"}`);
  admin = postgres(cluster.url, { max: 2, onnotice: () => {} });
  pool = postgres(cluster.url, { max: ATTEMPTS, prepare: false, onnotice: () => {} });
});
afterAll(async () => {
  await pool?.end();
  await admin?.end();
  await cluster?.stop();
});

async function createUser(email: string): Promise<string> {
  const [user] = await admin<{ id: string }[]>`insert into auth.users (email) values (${email}) returning id`;
  return user!.id;
}

/** An organization on `tier` with an accepted owner; returns both ids. */
async function createOrg(slug: string, tier: string): Promise<{ org: string; owner: string }> {
  const owner = await createUser(`${slug}-owner@client.test`);
  const [org] = await admin<{ id: string }[]>`
    insert into public.organizations (name, slug, tier) values (${slug}, ${slug}, ${tier}) returning id`;
  await admin`
    insert into public.memberships (org_id, user_id, role, status) values (${org!.id}, ${owner}, 'owner', 'accepted')`;
  return { org: org!.id, owner };
}

interface RaceResult {
  succeeded: number;
  /** Error messages of the attempts that failed, grouped with their counts. */
  refused: Record<string, number>;
}

/**
 * Runs `ATTEMPTS` transactions as the `authenticated` role with `userId`'s claims (what withUser does). Every
 * transaction is opened and authenticated before any of them inserts, and the test checks that all of them are
 * open at that moment, so the inserts really contend instead of trickling in one after another.
 */
async function race(
  label: string,
  userId: string,
  insert: (tx: TransactionSql, i: number) => PendingQuery<Row[]>,
): Promise<RaceResult> {
  const claims = JSON.stringify({ ...signedInClaims(userId), aud: "authenticated" });
  let ready = 0;
  let allReady!: () => void;
  let go!: () => void;
  const authenticated = new Promise<void>((resolve) => (allReady = resolve));
  const start = new Promise<void>((resolve) => (go = resolve));
  const attempts = Array.from({ length: ATTEMPTS }, (_, i) =>
    pool.begin(async (tx) => {
      await tx`select set_config('request.jwt.claims', ${claims}, true), set_config('role', 'authenticated', true)`;
      if (++ready === ATTEMPTS) allReady();
      await start;
      await insert(tx, i);
    }),
  );
  // An attempt can only settle early by failing; then the others are released rather than left waiting.
  await Promise.race([authenticated, Promise.race(attempts).catch(() => {})]);
  let open = 0;
  try {
    [{ open }] = await admin<[{ open: number }]>`
      select count(*)::int as open from pg_stat_activity where state = 'idle in transaction'`;
  } finally {
    go();
  }
  const started = performance.now();
  const settled = await Promise.allSettled(attempts);
  const elapsed = performance.now() - started;
  expect(open, "transactions open at the same time").toBe(ATTEMPTS);

  const result: RaceResult = { succeeded: 0, refused: {} };
  for (const outcome of settled) {
    if (outcome.status === "fulfilled") result.succeeded++;
    else {
      const message = (outcome.reason as Error).message;
      result.refused[message] = (result.refused[message] ?? 0) + 1;
    }
  }
  console.log(
    `${label}: ${open} transactions open at once; ${result.succeeded} succeeded, refused ${JSON.stringify(result.refused)} ` +
      `(${elapsed.toFixed(0)} ms)`,
  );
  return result;
}

async function count(query: PendingQuery<{ n: number }[]>): Promise<number> {
  const [row] = await query;
  return row!.n;
}

describe(`tier limits with ${ATTEMPTS} concurrent inserts on PostgreSQL 15`, () => {
  it("projects: an organization one below its limit gets exactly one more", async () => {
    const { org } = await createOrg("race-projects", "basic");
    const staff = await createUser("race-projects-staff@agency.test");
    await admin`insert into public.staff (user_id, role) values (${staff}, 'developer')`;
    // basic allows 3 projects; two exist. Projects are created by the agency: staff through RLS.
    await admin`insert into public.projects (org_id, name) values (${org}, 'Site'), (${org}, 'Shop')`;

    const result = await race(
      "projects",
      staff,
      (tx, i) => tx`insert into public.projects (org_id, name) values (${org}, ${`P${i}`})`,
    );

    expect(result).toEqual({ succeeded: 1, refused: { "tier_limit_exceeded:projects": ATTEMPTS - 1 } });
    expect(await count(admin`select count(*)::int as n from public.projects where org_id = ${org}`)).toBe(3);
  });

  it("uptime monitors: an organization one below its domain allowance gets exactly one more", async () => {
    const { org, owner } = await createOrg("race-monitors", "basic");
    // basic allows 3 domains, and so 3 monitors: two exist.
    await admin`
      insert into public.monitors (org_id, url) select ${org}, 'https://race.test/' || n from generate_series(1, 2) n`;

    const result = await race(
      "monitors",
      owner,
      (tx, i) => tx`insert into public.monitors (org_id, url) values (${org}, ${`https://race.test/page-${i}`})`,
    );

    expect(result).toEqual({ succeeded: 1, refused: { "tier_limit_exceeded:domains": ATTEMPTS - 1 } });
    expect(await count(admin`select count(*)::int as n from public.monitors where org_id = ${org}`)).toBe(3);
  });

  it("tickets per month: one below the allowance gets exactly one more; last month's full count does not block", async () => {
    const { org, owner } = await createOrg("race-tickets", "free");
    const [{ current, previous }] = await admin<[{ current: string; previous: string }]>`
      select private.usage_period(${org}) as current,
        to_char((now() at time zone o.time_zone) - interval '1 month', 'YYYY-MM') as previous
      from public.organizations o where o.id = ${org}`;
    // free allows 15 a month: last month used them all (its counter row as the month left it); this month 14.
    await admin`
      insert into public.usage_counters (org_id, metric, period, value) values (${org}, 'tickets', ${previous}, 15)`;
    await admin`
      insert into public.support_tickets (org_id, subject, created_by)
      select ${org}, 'Earlier request ' || n, ${owner} from generate_series(1, 14) n`;

    const result = await race(
      "tickets_per_month",
      owner,
      (tx, i) => tx`insert into public.support_tickets (org_id, subject) values (${org}, ${`Help ${i}`})`,
    );

    expect(result).toEqual({ succeeded: 1, refused: { "tier_limit_exceeded:tickets_per_month": ATTEMPTS - 1 } });
    expect(await count(admin`select count(*)::int as n from public.support_tickets where org_id = ${org}`)).toBe(15);
    const counters = await admin<{ period: string; value: number }[]>`
      select period, value::int as value from public.usage_counters
      where org_id = ${org} and metric = 'tickets' order by period`;
    expect(counters).toEqual([
      { period: previous, value: 15 },
      { period: current, value: 15 },
    ]);
  });

  it("team members: pending invitations hold seats, and 50 invitations at once fill exactly the last one", async () => {
    const { org, owner } = await createOrg("race-team", "basic");
    // basic allows 3 seats: the owner and one pending invitation take two.
    await admin`
      insert into public.invitations (org_id, email, token_hash, invited_by)
      values (${org}, 'pending@client.test', repeat('0', 64), ${owner})`;

    const result = await race(
      "team_members",
      owner,
      (tx, i) => tx`
        insert into public.invitations (org_id, email, token_hash)
        values (${org}, ${`invitee-${i}@client.test`}, encode(sha256(convert_to(${`token-${i}`}, 'UTF8')), 'hex'))`,
    );

    expect(result).toEqual({ succeeded: 1, refused: { "tier_limit_exceeded:team_members": ATTEMPTS - 1 } });
    expect(
      await count(
        admin`select count(*)::int as n from public.invitations where org_id = ${org} and accepted_at is null`,
      ),
    ).toBe(2);
    expect(await count(admin`select count(*)::int as n from public.memberships where org_id = ${org}`)).toBe(1);
  });

  it("storage bytes: with exactly S bytes left, one of 50 uploads of S bytes is stored", async () => {
    const { org, owner } = await createOrg("race-storage", "free");
    const size = 1024 ** 2;
    const limit = 5 * GIB;
    // An archive the service role stored earlier (counted as it was stored) leaves exactly `size` bytes of the 5 GiB.
    await admin`
      insert into storage.objects (bucket_id, name, metadata)
      values ('client-files', ${`${org}/${crypto.randomUUID()}/archive.zip`}, jsonb_build_object('size', ${limit - size}::bigint))`;
    // Storage writes each upload's row once its bytes are in: that write is what the quota counts.
    const names = Array.from({ length: ATTEMPTS }, (_, i) => `${org}/${crypto.randomUUID()}/photo-${i}.jpg`);

    const result = await race(
      "storage_bytes",
      owner,
      (tx, i) => tx`
        insert into storage.objects (bucket_id, name, owner, metadata)
        values ('client-files', ${names[i]!}, ${owner}, jsonb_build_object('size', ${size}::bigint, 'mimetype', 'image/jpeg'))`,
    );

    const refusal = `tier_limit_exceeded:storage_bytes (0 of ${limit} bytes left, ${size} needed)`;
    expect(result).toEqual({ succeeded: 1, refused: { [refusal]: ATTEMPTS - 1 } });
    expect(await count(admin`select count(*)::int as n from storage.objects where name like ${`${org}/%`}`)).toBe(2);
    const [{ used }] = await admin<[{ used: string }]>`
      select value::text as used from public.usage_counters
      where org_id = ${org} and metric = 'storage_bytes' and period = 'total'`;
    expect(Number(used)).toBe(limit);
  });
});
