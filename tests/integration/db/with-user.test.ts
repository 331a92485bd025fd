import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stackForThisFile } from "../../support/stack.ts";
import { pointAppAt } from "../../support/app-env.ts";
import { createConfirmedUser } from "../../support/users.ts";

const stack = stackForThisFile();
let db: typeof import("../../../src/db/with-user.ts");
let schema: typeof import("../../../src/db/schema/index.ts");
let service: typeof import("../../../src/db/service-client.ts");

beforeAll(async () => {
  pointAppAt(stack);
  db = await import("../../../src/db/with-user.ts");
  schema = await import("../../../src/db/schema/index.ts");
  service = await import("../../../src/db/service-client.ts");
});
afterAll(async () => {
  const { connection } = await import("../../../src/db/connection.ts");
  await connection().end({ timeout: 1 });
});

describe("withUser, the RLS-scoped Drizzle client", () => {
  it("runs as `authenticated` with the caller's claims and leaves no trace on the connection", async () => {
    const sub = await createConfirmedUser(stack, "carla@client.test");
    const who = await db.withUser({ sub, role: "authenticated" }, (tx) =>
      tx.execute<{ uid: string; role: string }>(`select auth.uid()::text as uid, current_user as role` as never),
    );
    expect([...who]).toEqual([{ uid: sub, role: "authenticated" }]);
    const after = await service.serviceDb().execute<{ role: string }>(`select current_user as role` as never);
    expect([...after]).toEqual([{ role: "postgres" }]);
  });

  it("sees only what policies allow, while the service client sees everything", async () => {
    const staffId = await createConfirmedUser(stack, "diego@agency.test");
    const clientId = await createConfirmedUser(stack, "eva@client.test");
    await service.serviceDb().insert(schema.staff).values({ userId: staffId, role: "developer" });
    const asClient = await db.withUser({ sub: clientId, role: "authenticated" }, (tx) =>
      tx.select().from(schema.staff),
    );
    const asStaff = await db.withUser({ sub: staffId, role: "authenticated" }, (tx) => tx.select().from(schema.staff));
    const all = await service.serviceDb().select().from(schema.staff);
    expect(asClient).toEqual([]);
    expect(asStaff.map((r) => r.userId)).toEqual([staffId]);
    expect(all.map((r) => r.userId)).toContain(staffId);
  });

  it("refuses claims that are not a user's (a project key's) before touching the database", async () => {
    const notUsers = [
      { iss: "supabase", role: "anon" },
      { sub: "", role: "authenticated" },
      { sub: "x", role: "anon" },
    ];
    for (const claims of notUsers) {
      await expect(db.withUser(claims as never, async () => "ran")).rejects.toThrow(/claims of a user/);
    }
  });
});
