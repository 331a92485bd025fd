import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addMonitorSchema } from "@/src/uptime/monitor-schema";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * The uptime page's monitors as the organization's users under row-level security: the list with each
 * monitor's last check, and adding and removing them, with the refusals the form words (member, duplicate,
 * the plan's domain allowance with its "1 of 1").
 */
const stack = stackForThisFile();
let app: {
  getMonitors: typeof import("@/src/uptime/queries/get-monitors").getMonitors;
  addMonitor: typeof import("@/src/uptime/mutations/add-monitor").addMonitor;
  removeMonitor: typeof import("@/src/uptime/mutations/remove-monitor").removeMonitor;
  mapDatabaseError: typeof import("@/src/db/map-database-error").mapDatabaseError;
};
let shop: OrganizationFixture;
let bakery: OrganizationFixture;

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable("expected a refusal"),
    (error: unknown) => error,
  );
}

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  app = {
    getMonitors: (await import("@/src/uptime/queries/get-monitors")).getMonitors,
    addMonitor: (await import("@/src/uptime/mutations/add-monitor")).addMonitor,
    removeMonitor: (await import("@/src/uptime/mutations/remove-monitor")).removeMonitor,
    mapDatabaseError: (await import("@/src/db/map-database-error")).mapDatabaseError,
  };
  shop = await createOrganization(stack, { slug: "shop", tier: "pro" });
  bakery = await createOrganization(stack, { slug: "bakery", tier: "free", roles: ["owner"] });
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("monitors", () => {
  it("validates the form: an http(s) URL and an optional expected text", () => {
    expect(addMonitorSchema.parse({ url: " https://shop.test/ ", keyword: "" })).toEqual({ url: "https://shop.test/" });
    expect(addMonitorSchema.safeParse({ url: "shop.test" }).success).toBe(false);
    expect(addMonitorSchema.safeParse({ url: "ftp://shop.test/" }).success).toBe(false);
    expect(addMonitorSchema.parse({ url: "http://shop.test/a", keyword: " Buy " })).toEqual({
      url: "http://shop.test/a",
      keyword: "Buy",
    });
  });

  it("lets an admin add one and lists it with its last check; members only read", async () => {
    const admin = await requestDbAs(shop.users.admin);
    const { id } = await app.addMonitor(admin, shop.id, { url: "https://shop.test/", keyword: "Buy" });
    await stack.sql`
      insert into public.uptime_checks (org_id, monitor_id, url, checked_at, ok, error) values
        (${shop.id}, ${id}, 'https://shop.test/', '2026-12-07T10:00:00Z', true, null),
        (${shop.id}, ${id}, 'https://shop.test/', '2026-12-07T10:01:00Z', false, 'http_503')`;
    const member = await requestDbAs(shop.users.member);
    expect(await app.getMonitors(member, shop.id)).toEqual([
      {
        id,
        url: "https://shop.test/",
        keyword: "Buy",
        enabled: true,
        lastCheck: { ok: false, checkedAt: new Date("2026-12-07T10:01:00Z"), error: "http_503" },
      },
    ]);
    const refused = await failure(app.addMonitor(member, shop.id, { url: "https://shop.test/blog" }));
    expect(app.mapDatabaseError(refused).code).toBe("forbidden");
    expect(await app.removeMonitor(member, shop.id, id)).toBe(false);
  });

  it("answers conflict for a URL already watched", async () => {
    const owner = await requestDbAs(shop.users.owner);
    const refused = await failure(app.addMonitor(owner, shop.id, { url: "https://shop.test/" }));
    expect(app.mapDatabaseError(refused).code).toBe("conflict");
  });

  it("holds a free organization to its one domain, and says so as 1 of 1", async () => {
    const owner = await requestDbAs(bakery.users.owner);
    await app.addMonitor(owner, bakery.id, { url: "https://bakery.test/" });
    const refused = app.mapDatabaseError(
      await failure(app.addMonitor(owner, bakery.id, { url: "https://bakery.test/shop" })),
    );
    expect(refused.code).toBe("tier_limit_exceeded");
    expect(refused.tierLimit).toEqual({
      limit: "domains",
      usage: 1,
      value: 1,
    });
  });

  it("lets the owner remove one", async () => {
    const owner = await requestDbAs(shop.users.owner);
    const [monitor] = await app.getMonitors(owner, shop.id);
    expect(await app.removeMonitor(owner, shop.id, monitor!.id)).toBe(true);
    expect(await app.getMonitors(owner, shop.id)).toEqual([]);
  });
});
