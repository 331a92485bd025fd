import { createClient } from "@supabase/supabase-js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { unzip } from "@/tests/support/unzip";
import { TEST_PASSWORD } from "@/tests/support/users";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * Data exports end to end on a private stack: an owner asks, the job builds the zip (JSON and CSV per table,
 * the stored files), the email links to it, and the zip holds the organization's rows and nothing of another
 * organization or of the agency's internal notes; a repeated run makes no second zip or email; after 7 days
 * the zip is removed.
 */
const stack = stackForThisFile();
let shop: OrganizationFixture;
let bakery: OrganizationFixture;
let app: {
  LocalScheduler: typeof import("@/src/jobs/local-scheduler").LocalScheduler;
  functions: import("inngest").InngestFunction.Any[];
  requestDataExport: typeof import("@/src/privacy/mutations/request-data-export").requestDataExport;
  expireDataExports: typeof import("@/src/privacy/exports/expire-data-exports").expireDataExports;
  dataExportRequested: typeof import("@/inngest/client").dataExportRequested;
};
const quiet = { info: () => {}, warn: () => {}, error: () => {} };
const service = () => createClient(stack.apiUrl, stack.serviceRoleKey, { auth: { persistSession: false } });

async function upload(email: string, objectName: string, body: string) {
  const client = createClient(stack.apiUrl, stack.anonKey, { auth: { persistSession: false } });
  const signedIn = await client.auth.signInWithPassword({ email, password: TEST_PASSWORD });
  expect(signedIn.error).toBeNull();
  const { error } = await client.storage.from("client-files").upload(objectName, body, { contentType: "text/plain" });
  expect(error).toBeNull();
}

async function exportRow(id: string) {
  const [row] = await stack.sql<
    { status: string; progress: number; object_name: string | null; expires_at: Date | null }[]
  >`
    select status, progress, object_name, expires_at from public.data_exports where id = ${id}`;
  return row!;
}

const exportMails = () => stack.mailbox.list().filter((m) => m.tags.some((tag) => tag.includes("data-export-ready")));

function linkIn(html: string | undefined): string {
  const match = /href="([^"]*\/storage\/v1\/object\/sign\/data-exports\/[^"]*)"/.exec(html ?? "");
  if (!match) throw new Error("no export link in the email");
  return match[1]!.replaceAll("&amp;", "&");
}

let exportId: string;
let zip: Map<string, Buffer>;

beforeAll(async () => {
  pointAppAt(stack);
  Object.assign(process.env, { APP_URL: "https://arco.test", MAILBOX_URL: `${stack.apiUrl}/mailbox` });
  vi.resetModules();
  const { LocalScheduler } = await import("@/src/jobs/local-scheduler");
  const { buildDataExportFunction } = await import("@/inngest/functions/build-data-export");
  const { sendQueuedEmails } = await import("@/inngest/functions/send-queued-emails");
  const { requestDataExport } = await import("@/src/privacy/mutations/request-data-export");
  const { expireDataExports } = await import("@/src/privacy/exports/expire-data-exports");
  const { dataExportRequested } = await import("@/inngest/client");
  app = {
    LocalScheduler,
    functions: [buildDataExportFunction, sendQueuedEmails],
    requestDataExport,
    expireDataExports,
    dataExportRequested,
  };

  shop = await createOrganization(stack, { slug: "shop", tier: "pro" });
  bakery = await createOrganization(stack, { slug: "bakery", tier: "pro", roles: ["owner"] });
  await stack.sql`update public.organizations set locale = 'en' where id in (${shop.id}, ${bakery.id})`;
  await stack.sql`
    insert into public.projects (org_id, name) values (${shop.id}, 'Shop site, "new" checkout'), (${bakery.id}, 'Bakery secret recipe')`;
  const [ticket] = await stack.sql<{ id: string }[]>`
    insert into public.support_tickets (org_id, subject, created_by) values (${shop.id}, 'Checkout broken', ${shop.users.member})
    returning id`;
  await stack.sql`
    insert into public.ticket_messages (ticket_id, org_id, author_id, body, is_internal) values
      (${ticket!.id}, ${shop.id}, ${shop.users.member}, 'The checkout fails on Pix', false),
      (${ticket!.id}, ${shop.id}, null, 'Agency-only note: blame the gateway', true)`;
  // More rows than one page (500), so the export pages through them by key.
  await stack.sql`
    insert into public.uptime_checks (org_id, url, checked_at, ok)
    select ${shop.id}, 'https://shop.test/', now() - make_interval(mins => n), n % 7 <> 0 from generate_series(1, 1201) n`;
  const shopObject = `${shop.id}/0b6f3c2e-8f8e-4b8a-9d3e-2f1a7c5d9e01/brief.txt`;
  const bakeryObject = `${bakery.id}/1c7a4d3f-9a9f-4c9b-8e4f-3a2b8d6eaf12/recipe.txt`;
  await upload(`member@shop.test`, shopObject, "the shop's brief");
  await upload(`owner@bakery.test`, bakeryObject, "the bakery's recipe");
  await stack.sql`
    insert into public.storage_files (org_id, object_name, name, size_bytes, uploaded_by) values
      (${shop.id}, ${shopObject}, 'brief.txt', 16, ${shop.users.member}),
      (${bakery.id}, ${bakeryObject}, 'recipe.txt', 19, ${bakery.users.owner})`;
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("organization data export", () => {
  it("is built by the job, emailed once and downloadable through the link", async () => {
    exportId = await app.requestDataExport(await requestDbAs(shop.users.owner), {
      scope: "organization",
      orgId: shop.id,
    });
    expect((await exportRow(exportId)).status).toBe("queued");

    const scheduler = new app.LocalScheduler({ functions: app.functions, logger: quiet });
    await scheduler.send([app.dataExportRequested.create({ exportId })]);
    await scheduler.idle();
    expect(scheduler.history().filter((r) => r.status !== "succeeded")).toEqual([]);

    const row = await exportRow(exportId);
    expect(row).toMatchObject({
      status: "ready",
      progress: 100,
      object_name: `${exportId}/arco-organization-export.zip`,
    });
    const days = (row.expires_at!.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    const mails = exportMails();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual(["owner@shop.test"]);
    const response = await fetch(linkIn(mails[0]!.html));
    expect(response.status).toBe(200);
    zip = await unzip(Buffer.from(await response.arrayBuffer()));
  });

  it("holds JSON and CSV per table, the manifest and the stored files", () => {
    const names = [...zip.keys()];
    expect(names).toContain("manifest.json");
    for (const table of [
      "organizations",
      "memberships",
      "projects",
      "support_tickets",
      "ticket_messages",
      "storage_files",
    ]) {
      expect(names).toContain(`tables/${table}.json`);
      expect(names).toContain(`tables/${table}.csv`);
    }
    const projects = JSON.parse(zip.get("tables/projects.json")!.toString()) as { name: string; org_id: string }[];
    expect(projects.map((p) => p.name)).toEqual(['Shop site, "new" checkout']);
    const csv = zip.get("tables/projects.csv")!.toString().split("\n");
    expect(csv[0]).toContain("org_id");
    expect(csv[1]).toContain('"Shop site, ""new"" checkout"');
    const file = [...zip.entries()].find(
      ([name]) => name.startsWith("files/client-files/") && name.endsWith("brief.txt"),
    );
    expect(file?.[1].toString()).toBe("the shop's brief");
    const manifest = JSON.parse(zip.get("manifest.json")!.toString()) as {
      tables: Record<string, number>;
      files: number;
    };
    expect(manifest.tables.projects).toBe(1);
    expect(manifest.tables.uptime_checks).toBe(1201);
    const checks = JSON.parse(zip.get("tables/uptime_checks.json")!.toString()) as { id: string }[];
    expect(new Set(checks.map((c) => c.id)).size).toBe(1201);
    expect(zip.get("tables/uptime_checks.csv")!.toString().trim().split("\n")).toHaveLength(1202);
    expect(manifest.files).toBe(1);
  });

  it("holds nothing of another organization and no agency-only note", () => {
    const everything = [...zip.entries()].map(([name, bytes]) => `${name}\n${bytes.toString()}`).join("\n");
    expect(everything).not.toContain(bakery.id);
    expect(everything).not.toContain("Bakery secret recipe");
    expect(everything).not.toContain("the bakery's recipe");
    expect(everything).not.toContain("Agency-only note");
    expect(everything).toContain("The checkout fails on Pix");
    // Credentials are never exported, even when the owner may read the rows.
    expect(everything).not.toMatch(/key_hash|token_hash/);
  });

  it("makes no second zip or email when the job runs again", async () => {
    const scheduler = new app.LocalScheduler({ functions: app.functions, logger: quiet });
    const run = await scheduler.invoke("build-data-export", { exportId });
    expect(run.status).toBe("succeeded");
    expect(run.output).toMatchObject({ built: false });
    const { data } = await service().storage.from("data-exports").list(exportId);
    expect(data?.map((o) => o.name)).toEqual(["arco-organization-export.zip"]);
    expect(exportMails()).toHaveLength(1);
  });

  it("refuses a second request while one is building, and members altogether", async () => {
    await stack.sql`update public.data_exports set status = 'building' where id = ${exportId}`;
    await expect(
      app.requestDataExport(await requestDbAs(shop.users.owner), { scope: "organization", orgId: shop.id }),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ code: "23505" }) });
    await stack.sql`update public.data_exports set status = 'ready' where id = ${exportId}`;
    await expect(
      app.requestDataExport(await requestDbAs(shop.users.admin), { scope: "organization", orgId: shop.id }),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ message: "owner_only_exports" }) });
  });

  it("expires after 7 days: the zip is removed and the link stops working", async () => {
    const link = linkIn(exportMails()[0]!.html);
    expect(await app.expireDataExports(new Date(Date.now() + 6 * 86_400_000))).toEqual({ expired: 0, failed: 0 });
    expect(await app.expireDataExports(new Date(Date.now() + 8 * 86_400_000))).toEqual({ expired: 1, failed: 0 });
    expect(await exportRow(exportId)).toMatchObject({ status: "expired", object_name: null });
    const { data } = await service().storage.from("data-exports").list(exportId);
    expect(data ?? []).toEqual([]);
    expect((await fetch(link)).ok).toBe(false);
    expect(await app.expireDataExports(new Date(Date.now() + 8 * 86_400_000))).toEqual({ expired: 0, failed: 0 });
  });
});

describe("account data export", () => {
  it("holds the person's own rows and files, and the account record", async () => {
    const id = await app.requestDataExport(await requestDbAs(shop.users.member), { scope: "account" });
    const scheduler = new app.LocalScheduler({ functions: app.functions, logger: quiet });
    await scheduler.send([app.dataExportRequested.create({ exportId: id })]);
    await scheduler.idle();
    expect(scheduler.history().filter((r) => r.status !== "succeeded")).toEqual([]);
    const row = await exportRow(id);
    expect(row.status).toBe("ready");
    const { data, error } = await service().storage.from("data-exports").download(row.object_name!);
    expect(error).toBeNull();
    const entries = await unzip(Buffer.from(await data!.arrayBuffer()));
    const account = JSON.parse(entries.get("account.json")!.toString()) as { email: string };
    expect(account.email).toBe("member@shop.test");
    const messages = JSON.parse(entries.get("tables/ticket_messages.json")!.toString()) as { body: string }[];
    expect(messages.map((m) => m.body)).toEqual(["The checkout fails on Pix"]);
    const memberships = JSON.parse(entries.get("tables/memberships.json")!.toString()) as { user_id: string }[];
    expect(memberships.map((m) => m.user_id)).toEqual([shop.users.member]);
    expect([...entries.keys()].some((name) => name.endsWith("brief.txt"))).toBe(true);
    expect(entries.has("tables/projects.json")).toBe(false);
  });
});
