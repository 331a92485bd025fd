import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listMigrations } from "../../../supabase/local/database.ts";
import { stackForThisFile } from "../../support/stack.ts";
import { createConfirmedUser } from "../../support/users.ts";

const stack = stackForThisFile();
let client: postgres.Sql;
beforeAll(async () => {
  client = postgres(stack.dbUrl, { prepare: false, max: 2 });
});
afterAll(async () => {
  await client.end();
});

describe("Postgres over the wire protocol", () => {
  it("records every migration like the Supabase CLI", async () => {
    const rows = await client`select version, name from supabase_migrations.schema_migrations order by version`;
    expect(rows.map((r) => `${r.version}_${r.name}`)).toEqual(listMigrations().map((m) => `${m.version}_${m.name}`));
  });

  it("has the Supabase extensions and roles", async () => {
    const ext =
      await client`select extname from pg_extension where extname in ('vector','pgcrypto','pg_trgm','citext') order by 1`;
    expect(ext.map((r) => r.extname)).toEqual(["citext", "pg_trgm", "pgcrypto", "vector"]);
    const roles =
      await client`select rolname, rolbypassrls from pg_roles where rolname in ('anon','authenticated','service_role') order by 1`;
    expect(roles).toEqual([
      { rolname: "anon", rolbypassrls: false },
      { rolname: "authenticated", rolbypassrls: false },
      { rolname: "service_role", rolbypassrls: true },
    ]);
  });

  it("serves concurrent clients without interleaving their statements or transactions", async () => {
    const pool = postgres(stack.dbUrl, { prepare: false, max: 8 });
    try {
      const results = await Promise.all(
        Array.from({ length: 100 }, (_, i) => pool`select ${i}::int as i, ${`row ${i}`}::text as label`),
      );
      expect(results.map((r) => r[0])).toEqual(Array.from({ length: 100 }, (_, i) => ({ i, label: `row ${i}` })));
      const inTransactions = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          pool.begin(async (tx) => {
            await tx`select set_config('arco.probe', ${String(i)}, true)`;
            await tx`select pg_sleep(0.005)`;
            return tx`select current_setting('arco.probe') as probe`;
          }),
        ),
      );
      expect(inTransactions.map((r) => r[0]!.probe)).toEqual(Array.from({ length: 10 }, (_, i) => String(i)));
    } finally {
      await pool.end();
    }
  });

  it("returns the caller from auth.uid() under `authenticated` with request claims", async () => {
    const sub = "6f1f4c3e-8a52-4d1b-9a59-5d0f0e1f2a3b";
    const [row] = await client.begin(async (tx) => {
      await tx`select set_config('request.jwt.claims', ${JSON.stringify({ sub, role: "authenticated" })}, true)`;
      await tx.unsafe("set local role authenticated");
      return tx`select auth.uid() as uid, auth.role() as role, current_user as who`;
    });
    expect(row).toEqual({ uid: sub, role: "authenticated", who: "authenticated" });
  });

  it("lets RLS decide what a user sees: staff rows are visible to their owner and to staff only", async () => {
    const staffId = await createConfirmedUser(stack, "ana@agency.test");
    const clientId = await createConfirmedUser(stack, "bruno@client.test");
    await stack.sql`insert into public.staff (user_id, role) values (${staffId}, 'admin')`;
    const visibleTo = (sub: string) =>
      client.begin(async (tx) => {
        await tx`select set_config('request.jwt.claims', ${JSON.stringify({ sub, role: "authenticated" })}, true)`;
        await tx.unsafe("set local role authenticated");
        return tx`select user_id from public.staff`;
      });
    expect(await visibleTo(staffId)).toEqual([{ user_id: staffId }]);
    expect(await visibleTo(clientId)).toEqual([]);
    await expect(
      client.begin(async (tx) => {
        await tx`select set_config('request.jwt.claims', ${JSON.stringify({ sub: clientId, role: "authenticated" })}, true)`;
        await tx.unsafe("set local role authenticated");
        await tx`insert into public.staff (user_id, role) values (${clientId}, 'admin')`;
      }),
      // Staff admins may write staff rows, so a client's insert is refused by the policy, not the grant.
    ).rejects.toThrow(/row-level security policy for table "staff"/);
  });
});
