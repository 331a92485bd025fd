import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../supabase/local/database.ts";
import { templateFile } from "../../support/template.ts";

/**
 * Tenant isolation over every table in `public` with an `org_id` column, discovered from the catalog so a new
 * table is covered the day it is added. Org B gets a row in each table (built from the table's own columns and
 * foreign keys); every persona of org A then tries to read, update, delete and insert B's rows. Each case runs
 * in its own transaction, rolled back, so one case cannot hide another's effect.
 */

/**
 * Values the generic row builder cannot guess: columns under a pattern check (hashes, emails, URLs, periods).
 * Keyed by table, then column, as SQL expressions, or functions of the organization's id where the check
 * involves it. A table that needs one and lacks it fails the fixture test with Postgres' error, which names
 * the constraint.
 */
const fixtureOverrides: Record<string, Record<string, string | ((org: string) => string)>> = {
  ai_insights: { period: "'2026-11'" },
  ai_usage: { period: "'2026-11'" },
  ad_accounts: {
    platform: "'google_ads'",
    external_account_id: "'1234567890'",
    credential_sealed: "repeat('s', 32)",
    credential_key_id: "'k1'",
    credential_hint: "'abcd'",
  },
  api_keys: { key_hash: "repeat('a', 64)", prefix: "'arco_fix'" },
  billing_customers: { stripe_customer_id: "'cus_fixture'" },
  data_exports: { scope: "'organization'" },
  documents: { content_hash: "repeat('b', 64)" },
  domains: { name: "'fixture.example'" },
  email_outbox: { to_email: "'fixture@b.test'" },
  invitations: { email: "'fixture@b.test'", token_hash: "repeat('c', 64)" },
  openai_keys: { key_id: "'k1'", sealed: "repeat('s', 60)", last4: "'abcd'" },
  monitors: { url: "'https://fixture.example/'" },
  performance_metrics: { url: "'https://fixture.example/'" },
  reports: { period: "date_trunc('month', now())::date" },
  storage_files: { object_name: (org) => literal(`${org}/00000000-0000-4000-8000-000000000000/fixture.txt`) },
  traffic_sources: {
    provider: "'cloudflare'",
    external_id: "repeat('a', 32)",
    credential_sealed: "repeat('s', 32)",
    credential_key_id: "'k1'",
    credential_hint: "'abcd'",
  },
  subscriptions: { stripe_subscription_id: "'sub_fixture'", currency: "'BRL'" },
  uptime_checks: { url: "'https://fixture.example/'" },
  usage_counters: { period: "'total'" },
  usage_periods: { period: "'2026-11'" },
};

const personas = {
  member: "select tests.authenticate_as('member')",
  admin: "select tests.authenticate_as('admin')",
  owner: "select tests.authenticate_as('owner')",
  "read-only impersonating staff (as A's member)": "select tests.authenticate_as_impersonator('staff', 'member', true)",
} as const;
const operations = ["select", "update", "delete", "insert"] as const;

interface Column {
  name: string;
  type: string;
  typname: string;
  category: string;
  typtype: string;
  typmod: number;
  required: boolean;
  /** Not generated and not `generated always as identity`: `set x = x` is valid SQL for it. */
  assignable: boolean;
  updatable: boolean;
}

interface ForeignKey {
  columns: string[];
  target: string;
  targetColumns: string[];
  targetHasOrg: boolean;
}

interface Fixture {
  /** The columns the builder set and the values they got in B's row (the insert cases reuse them). */
  columns: string[];
  row: Record<string, unknown>;
  /** A column to `set x = x` in the update cases: one `authenticated` may update, if any. */
  updateColumn: string;
}

let db: PGlite;
let orgB: string;
let tables: string[];
const fixtures = new Map<string, Fixture>();
const fixtureErrors: string[] = [];
let cases = 0;

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;
const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function rows<T>(query: string, params: unknown[] = []): Promise<T[]> {
  return (await db.query<T>(query, params)).rows;
}

async function columnsOf(table: string): Promise<Column[]> {
  return rows<Column>(
    `select a.attname as name, format_type(a.atttypid, a.atttypmod) as type, t.typname, t.typcategory as category,
       t.typtype, a.atttypmod as typmod,
       a.attnotnull and not a.atthasdef and a.attidentity = '' and a.attgenerated = '' as required,
       a.attidentity <> 'a' and a.attgenerated = '' as assignable,
       a.attidentity <> 'a' and a.attgenerated = ''
         and has_column_privilege('authenticated', a.attrelid, a.attname, 'update') as updatable
     from pg_attribute a join pg_type t on t.oid = a.atttypid
     where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped
     order by a.attnum`,
    [table],
  );
}

async function foreignKeys(table: string): Promise<ForeignKey[]> {
  return rows<ForeignKey>(
    `select
       (select array_agg(a.attname order by k.ord) from unnest(f.conkey) with ordinality k (n, ord)
        join pg_attribute a on a.attrelid = f.conrelid and a.attnum = k.n) as columns,
       format('%I.%I', tn.nspname, tc.relname) as target,
       (select array_agg(a.attname order by k.ord) from unnest(f.confkey) with ordinality k (n, ord)
        join pg_attribute a on a.attrelid = f.confrelid and a.attnum = k.n) as "targetColumns",
       exists (select 1 from pg_attribute a where a.attrelid = f.confrelid and a.attname = 'org_id') as "targetHasOrg"
     from pg_constraint f
     join pg_class tc on tc.oid = f.confrelid join pg_namespace tn on tn.oid = tc.relnamespace
     where f.contype = 'f' and f.conrelid = $1::regclass`,
    [table],
  );
}

/** The first value a single-column `check (col in (...))` allows, so status-like columns need no override. */
async function allowedValues(table: string): Promise<Map<string, string>> {
  const checks = await rows<{ column: string; def: string }>(
    `select a.attname as column, pg_get_constraintdef(c.oid) as def
     from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
     where c.contype = 'c' and c.conrelid = $1::regclass and cardinality(c.conkey) = 1`,
    [table],
  );
  const allowed = new Map<string, string>();
  for (const { column, def } of checks) {
    const first = /= ANY \(ARRAY\[('(?:[^']|'')*')::/.exec(def)?.[1];
    if (first) allowed.set(column, first);
  }
  return allowed;
}

function generatedValue(column: Column): string {
  if (column.typname === "vector") return `array_fill(0.01::real, array[${column.typmod}])::${column.type}`;
  if (column.typname === "uuid") return "gen_random_uuid()";
  if (column.typname === "jsonb" || column.typname === "json") return "'{}'";
  if (column.typtype === "e") return `(enum_range(null::${column.type}))[1]`;
  const byCategory: Record<string, string> = {
    S: "'fixture'",
    N: "1",
    B: "false",
    D: "now()",
    T: "interval '1 hour'",
    A: "'{}'",
    I: "'127.0.0.1'",
  };
  const value = byCategory[column.category];
  if (value === undefined) throw new Error(`no generated value for ${column.name} ${column.type}: add an override`);
  return value;
}

/**
 * Inserts one valid row into `table` (as the superuser, so no policy interferes) and returns it. Required
 * columns get generated values; foreign keys point at org B, at an existing row of org B (or of a shared
 * table such as plans), or at a new one when there is none. `auth.users` parents are always new, since tables
 * like memberships allow one row per user and organization.
 */
async function insertRow(table: string, org: string | null): Promise<{ row: Record<string, unknown>; set: string[] }> {
  const columns = await columnsOf(table);
  const values = new Map<string, string>();
  if (org && columns.some((c) => c.name === "org_id")) values.set("org_id", literal(org));
  for (const fk of await foreignKeys(table)) {
    // Only a key with a required column still unset needs a parent: a nullable one (a folder's parent folder,
    // even when it shares the required org_id) stays null, which also stops self-references from recursing.
    const needed = fk.columns.some((name) => !values.has(name) && columns.find((c) => c.name === name)?.required);
    if (!needed) continue;
    let parent: Record<string, unknown> | undefined;
    if (fk.target === "public.organizations") parent = { id: org };
    else if (fk.target !== "auth.users") {
      const scope = fk.targetHasOrg ? `where org_id = ${literal(org ?? "")}` : "";
      parent = (await rows<Record<string, unknown>>(`select * from ${fk.target} ${scope} limit 1`))[0];
    }
    parent ??= (await insertRow(fk.target, org)).row;
    fk.columns.forEach((name, i) => values.set(name, literal(String(parent[fk.targetColumns[i]!]))));
  }
  const allowed = await allowedValues(table);
  for (const column of columns.filter((c) => c.required && !values.has(c.name))) {
    values.set(column.name, allowed.get(column.name) ?? generatedValue(column));
  }
  const shortName = table.replace(/^public\./, "");
  for (const [name, value] of Object.entries(fixtureOverrides[shortName] ?? {})) {
    values.set(name, typeof value === "function" ? value(org ?? "") : value);
  }
  const names = [...values.keys()];
  const insert = names.length
    ? `(${names.map(ident).join(", ")}) values (${[...values.values()].join(", ")})`
    : "default values";
  const [result] = await rows<{ row: Record<string, unknown> }>(
    `insert into ${table} as t ${insert} returning to_jsonb(t.*) as row`,
  );
  return { row: result!.row, set: names };
}

async function buildFixture(table: string): Promise<Fixture> {
  const columns = await columnsOf(table);
  const updateColumn =
    columns.find((c) => c.updatable && c.name !== "org_id")?.name ??
    columns.find((c) => c.assignable && c.name !== "org_id")!.name;
  const [existing] = await rows<{ row: Record<string, unknown> }>(
    `select to_jsonb(t.*) as row from ${table} t where org_id = $1 limit 1`,
    [orgB],
  );
  if (existing) {
    const set = columns.filter((c) => c.required || c.name === "org_id").map((c) => c.name);
    return { columns: set, row: existing.row, updateColumn };
  }
  const { row, set } = await insertRow(table, orgB);
  return { columns: set, row, updateColumn };
}

type Outcome = { rows: number } | { error: { code?: string; message: string } };

/** One case: a fresh transaction as the persona, the statement, and a rollback whatever happened. */
async function attempt(persona: string, statement: string, params: unknown[]): Promise<Outcome> {
  await db.exec("begin");
  try {
    await db.exec(persona);
    const result = await db.query<{ n: number }>(statement, params);
    return { rows: result.rows[0]?.n ?? result.affectedRows ?? 0 };
  } catch (error) {
    return { error: error as { code?: string; message: string } };
  } finally {
    await db.exec("rollback");
  }
}

function statementFor(operation: (typeof operations)[number], table: string, fixture: Fixture): string {
  const column = ident(fixture.updateColumn);
  const names = fixture.columns.map(ident).join(", ");
  switch (operation) {
    case "select":
      return `select count(*)::int as n from ${table} where org_id = $1`;
    case "update":
      return `update ${table} set ${column} = ${column} where org_id = $1`;
    case "delete":
      return `delete from ${table} where org_id = $1`;
    case "insert":
      return `insert into ${table} (${names}) select ${names} from jsonb_populate_record(null::${table}, $1)`;
  }
}

/**
 * Reads and changes must reach zero rows (a privilege error is as good: the role may not even try); an insert
 * must be refused with insufficient_privilege (RLS, a revoked grant or the impersonation guard) — any other
 * error would mean the row got past the checks that protect tenants.
 */
function verdict(operation: (typeof operations)[number], outcome: Outcome): string | null {
  if ("error" in outcome) {
    return outcome.error.code === "42501" ? null : `failed with ${outcome.error.code}: ${outcome.error.message}`;
  }
  if (operation === "insert") return `inserted ${outcome.rows} row(s) into org B`;
  return outcome.rows === 0 ? null : `${operation} reached ${outcome.rows} row(s) of org B`;
}

beforeAll(async () => {
  db = await openDatabase({ template: new Blob([readFileSync(templateFile)]), seed: false });
  await db.exec(readFileSync(join(process.cwd(), "supabase", "tests", "helpers", "personas.sql"), "utf8"));
  // Acme (A) with owner, admin and member; Globex (B) owned by `stranger`; staff `staff`.
  await db.exec("select tests.create_personas()");
  orgB = (await rows<{ id: string }>("select tests.org_id('Globex') as id"))[0]!.id;
  tables = (
    await rows<{ table: string }>(
      `select format('public.%I', c.relname) as "table"
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped
       where n.nspname = 'public' and c.relkind in ('r', 'p')
       order by 1`,
    )
  ).map((r) => r.table);
  for (const table of tables) {
    // One transaction per table, so a table the builder cannot fill leaves no half-made parents behind.
    await db.exec("begin");
    try {
      fixtures.set(table, await buildFixture(table));
      await db.exec("commit");
    } catch (error) {
      await db.exec("rollback");
      fixtureErrors.push(`${table}: ${(error as Error).message}`);
    }
  }
});
afterAll(async () => {
  await db.close();
});

describe("tenant isolation matrix", () => {
  it("gives org B a row in every table with org_id", async () => {
    expect(tables.length).toBeGreaterThan(0);
    expect(fixtureErrors).toEqual([]);
    for (const table of tables) {
      const [{ n }] = (await rows<{ n: number }>(`select count(*)::int as n from ${table} where org_id = $1`, [
        orgB,
      ])) as [{ n: number }];
      expect(n, `${table} has no row of org B`).toBeGreaterThan(0);
    }
  });

  for (const [persona, authenticate] of Object.entries(personas)) {
    it(`A's ${persona} can neither see nor change org B's rows`, async () => {
      const failures: string[] = [];
      for (const table of tables) {
        const fixture = fixtures.get(table);
        for (const operation of operations) {
          cases++;
          if (!fixture) {
            failures.push(`${table} ${operation}: no fixture row for org B`);
            continue;
          }
          const params = operation === "insert" ? [JSON.stringify(fixture.row)] : [orgB];
          const outcome = await attempt(authenticate, statementFor(operation, table, fixture), params);
          const problem = verdict(operation, outcome);
          if (problem) failures.push(`${table} ${operation}: ${problem}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it("covers every table × persona × operation", () => {
    const expected = tables.length * Object.keys(personas).length * operations.length;
    console.log(
      `isolation matrix: ${tables.length} tables × ${Object.keys(personas).length} personas × ` +
        `${operations.length} operations = ${cases} cases`,
    );
    expect(cases).toBe(expected);
  });
});
