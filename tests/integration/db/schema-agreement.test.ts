import { getTableConfig, type PgTable } from "drizzle-orm/pg-core";
import { is } from "drizzle-orm";
import { PgTable as PgTableClass } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import * as schema from "../../../src/db/schema/index.ts";
import { stackForThisFile } from "../../support/stack.ts";

/**
 * The Drizzle schema mirrors the SQL migrations (the migrations are the source of truth, deployed with
 * `supabase db push`). This compares both on what queries depend on: tables, columns, types, nullability,
 * indexes, policies and row-level security.
 */
const stack = stackForThisFile();

const tables: PgTable[] = Object.values(schema).filter((value) => is(value, PgTableClass));

function normalizeType(sqlType: string): string {
  return sqlType
    .replace(/^timestamp with time zone$/, "timestamptz")
    .replace(/^timestamp\((\d)\) with time zone$/, "timestamptz")
    .replace(/^character varying/, "varchar");
}

describe("Drizzle schema and migrations agree", () => {
  it("covers every table in public", async () => {
    const rows = await stack.sql`select tablename from pg_tables where schemaname = 'public' order by 1`;
    expect(tables.map((t) => getTableConfig(t).name).sort()).toEqual(rows.map((r) => r.tablename));
  });

  for (const table of tables) {
    const config = getTableConfig(table);
    it(`${config.name}: columns, indexes, policies and RLS`, async () => {
      const columns = await stack.sql`
        select a.attname as name, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as not_null
        from pg_attribute a
        where a.attrelid = ${`public.${config.name}`}::regclass and a.attnum > 0 and not a.attisdropped
        order by a.attname`;
      expect(
        config.columns
          .map((c) => ({ name: c.name, type: normalizeType(c.getSQLType()), not_null: c.notNull }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      ).toEqual(columns.map((c) => ({ name: c.name, type: normalizeType(c.type), not_null: c.not_null })));

      const indexes = await stack.sql`
        select indexname from pg_indexes where schemaname = 'public' and tablename = ${config.name}
          and indexname not like '%_pkey' order by 1`;
      expect(config.indexes.map((i) => i.config.name).sort()).toEqual(indexes.map((i) => i.indexname));

      const policies = await stack.sql`
        select policyname from pg_policies where schemaname = 'public' and tablename = ${config.name} order by 1`;
      expect(config.policies.map((p) => p.name).sort()).toEqual(policies.map((p) => p.policyname));

      const [rls] = await stack.sql`
        select relrowsecurity, relforcerowsecurity from pg_class where oid = ${`public.${config.name}`}::regclass`;
      expect(rls).toEqual({ relrowsecurity: config.enableRLS, relforcerowsecurity: true });
    });
  }
});
