import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stackForThisFile } from "../../support/stack.ts";
import { pointAppAt } from "../../support/app-env.ts";

const stack = stackForThisFile();
let impersonation: typeof import("../../../src/db/with-impersonation.ts");
let user: typeof import("../../../src/db/with-user.ts");
let schema: typeof import("../../../src/db/schema/index.ts");
let mapper: typeof import("../../../src/db/map-database-error.ts");

beforeAll(async () => {
  pointAppAt(stack);
  impersonation = await import("../../../src/db/with-impersonation.ts");
  user = await import("../../../src/db/with-user.ts");
  schema = await import("../../../src/db/schema/index.ts");
  mapper = await import("../../../src/db/map-database-error.ts");
});
afterAll(async () => {
  const { connection } = await import("../../../src/db/connection.ts");
  await connection().end({ timeout: 1 });
});

/** Fixtures as the superuser (no request claims): users, a free organization with its owner, one staff member. */
async function fixtures(prefix: string) {
  const [staffUser, owner] = await stack.sql<{ id: string }[]>`
    insert into auth.users (email) values (${`${prefix}-staff@agency.test`}), (${`${prefix}-owner@client.test`})
    returning id`;
  await stack.sql`insert into public.staff (user_id, role) values (${staffUser!.id}, 'developer')`;
  const [org] = await stack.sql<{ id: string }[]>`
    insert into public.organizations (name, slug) values (${prefix}, ${prefix}) returning id`;
  await stack.sql`
    insert into public.memberships (org_id, user_id, role, status) values (${org!.id}, ${owner!.id}, 'owner', 'accepted')`;
  return { staffId: staffUser!.id, ownerId: owner!.id, orgId: org!.id };
}

async function startSession(staffUserId: string, targetUserId: string, readOnly: boolean) {
  const [session] = await stack.sql<{ id: string }[]>`
    insert into public.impersonation_sessions (staff_user_id, target_user_id, reason, read_only)
    values (${staffUserId}, ${targetUserId}, 'support ticket', ${readOnly}) returning id`;
  return { id: session!.id, staffUserId, targetUserId };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable("expected the database to refuse"),
    (error: unknown) => error,
  );
}

describe("withImpersonation", () => {
  it("reads as the target user and refuses writes of a read-only session", async () => {
    const { staffId, ownerId, orgId } = await fixtures("acme");
    const session = await startSession(staffId, ownerId, true);
    const seen = await impersonation.withImpersonation(session, (tx) =>
      tx.select({ id: schema.organizations.id }).from(schema.organizations),
    );
    expect(seen).toEqual([{ id: orgId }]);

    const error = await failure(
      impersonation.withImpersonation(session, (tx) =>
        tx
          .update(schema.organizations)
          .set({ name: "Renamed" })
          .where(sql`true`),
      ),
    );
    expect(mapper.mapDatabaseError(error)).toMatchObject({ status: 403, code: "read_only_impersonation" });
  });

  it("lets a writable session write, stamped with both ids in the audit log", async () => {
    const { staffId, ownerId, orgId } = await fixtures("globex");
    const session = await startSession(staffId, ownerId, false);
    await impersonation.withImpersonation(session, (tx) =>
      tx
        .update(schema.organizations)
        .set({ locale: "en" })
        .where(sql`id = ${orgId}`),
    );
    const [entry] = await stack.sql`
      select actor_id, impersonator_id, impersonation_session_id from public.audit_log
      where table_name = 'organizations' and action = 'update' and org_id = ${orgId}`;
    expect(entry).toEqual({ actor_id: ownerId, impersonator_id: staffId, impersonation_session_id: session.id });
  });

  it("serves nothing, not even reads, once the session has ended", async () => {
    const { staffId, ownerId } = await fixtures("initech");
    const session = await startSession(staffId, ownerId, true);
    await stack.sql`update public.impersonation_sessions set ended_at = now() where id = ${session.id}`;
    const error = await failure(
      impersonation.withImpersonation(session, (tx) => tx.select().from(schema.organizations)),
    );
    expect(error).toBeInstanceOf(impersonation.ImpersonationEndedError);
  });
});

describe("database errors through Drizzle", () => {
  it("map to the app's structured errors", async () => {
    const { ownerId, orgId } = await fixtures("umbrella");
    const claims = { sub: ownerId, role: "authenticated" };
    const invite = (email: string) =>
      user.withUser(claims, (tx) =>
        tx.insert(schema.invitations).values({ orgId, email, tokenHash: "a".repeat(64), invitedBy: ownerId }),
      );
    expect(mapper.mapDatabaseError(await failure(invite("new@client.test")))).toMatchObject({
      status: 403,
      code: "tier_limit_exceeded",
      tierLimit: { limit: "team_members", value: expect.any(Number), usage: expect.any(Number) },
    });

    const tier = user.withUser(claims, (tx) =>
      tx
        .update(schema.organizations)
        .set({ tier: "enterprise" })
        .where(sql`id = ${orgId}`),
    );
    expect(mapper.mapDatabaseError(await failure(tier))).toMatchObject({ status: 403, code: "forbidden" });

    const rls = user.withUser(claims, (tx) => tx.insert(schema.organizations).values({ name: "Side", slug: "side" }));
    expect(mapper.mapDatabaseError(await failure(rls))).toMatchObject({ status: 403, code: "forbidden" });

    const duplicate = user.withUser(claims, (tx) =>
      tx.execute(sql`select public.create_organization('Umbrella again', 'umbrella')`),
    );
    expect(mapper.mapDatabaseError(await failure(duplicate))).toMatchObject({ status: 409, code: "conflict" });
  });
});
