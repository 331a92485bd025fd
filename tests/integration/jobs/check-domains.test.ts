import { Resolver } from "node:dns/promises";
import type { AddressInfo } from "node:net";
import { createSecureContext, createServer, type Server } from "node:tls";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pointAppAt } from "@/tests/support/app-env";
import { startFakeDnsServer, type FakeDnsServer } from "@/tests/support/fake-dns-server";
import { stackForThisFile } from "@/tests/support/stack";
import { createServerCertificate, createTestCa, type TestCertificate } from "@/tests/support/test-certificates";
import { createOrganization, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * The domain check against a private stack, a real DNS server and a real TLS server with certificates made
 * here: drift from the kept records, nameservers, the certificate of each handshake (valid, expiring,
 * expired, wrong name, self-signed), the SSL status written back, expiry warnings sent once, and the daily
 * fan-out through the local scheduler.
 */
const stack = stackForThisFile();
const DAY = 86_400_000;
let dns: FakeDnsServer;
let tls: { server: Server; port: number };
let ca: TestCertificate;
let shop: OrganizationFixture;
let app: {
  checkDomains: typeof import("@/src/domains/checks/check-domains").checkDomains;
  LocalScheduler: typeof import("@/src/jobs/local-scheduler").LocalScheduler;
  functions: import("inngest").InngestFunction.Any[];
};

const loopback = { type: "A" as const, address: "127.0.0.1" };

function resolver() {
  const r = new Resolver({ timeout: 1_000, tries: 1 });
  r.setServers([dns.server]);
  return r;
}

async function domainIds() {
  const rows = await stack.sql<{ id: string }[]>`select id from public.domains where org_id = ${shop.id} order by name`;
  return rows.map((r) => r.id);
}

async function domainsState() {
  return stack.sql<{ name: string; ssl_status: string; ssl_provider: string | null }[]>`
    select name, ssl_status, ssl_provider from public.domains where org_id = ${shop.id} order by name`;
}

async function checkRows(day: string) {
  return stack.sql<
    {
      name: string;
      nameservers: string[];
      dns_drift: unknown[];
      tls_error: string | null;
      authorized: boolean | null;
    }[]
  >`
    select d.name, c.nameservers, c.dns_drift, c.tls_error, (c.certificate ->> 'authorized')::boolean as authorized
    from public.domain_checks c join public.domains d on d.id = c.domain_id
    where c.checked_on = ${day} order by d.name`;
}

beforeAll(async () => {
  ca = await createTestCa();
  const certificates: Record<string, TestCertificate> = {
    "shop.test": await createServerCertificate("shop.test", { fromDays: -60, toDays: 20, ca }),
    "expired.test": await createServerCertificate("expired.test", { fromDays: -90, toDays: -2, ca }),
    "wrong.test": await createServerCertificate("other.test", { fromDays: -1, toDays: 300, ca }),
    "selfsigned.test": await createServerCertificate("selfsigned.test", { fromDays: -1, toDays: 300 }),
  };
  const server = createServer({
    ...certificates["shop.test"]!,
    SNICallback: (name, done) => done(null, createSecureContext(certificates[name] ?? certificates["shop.test"]!)),
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  tls = { server, port: (server.address() as AddressInfo).port };

  dns = await startFakeDnsServer({
    "shop.test": [
      loopback,
      { type: "NS", ns: "ns2.host.test" },
      { type: "NS", ns: "ns1.host.test" },
      { type: "MX", exchange: "mx.shop.test", priority: 10 },
      { type: "TXT", data: "v=spf1 -all" },
    ],
    "www.shop.test": [{ type: "CNAME", domain: "shop.test" }],
    "expired.test": [loopback],
    "wrong.test": [loopback],
    "selfsigned.test": [loopback],
    "private.test": [{ type: "A", address: "10.0.0.5" }],
  });

  pointAppAt(stack);
  Object.assign(process.env, {
    APP_URL: "https://arco.test",
    MAILBOX_URL: `${stack.apiUrl}/mailbox`,
    ARCO_ANALYZER_ALLOW_LOOPBACK: "1",
    ARCO_DNS_SERVERS: dns.server,
    ARCO_DOMAIN_TLS_PORT: String(tls.port),
  });
  vi.resetModules();
  const { checkDomains } = await import("@/src/domains/checks/check-domains");
  const { LocalScheduler } = await import("@/src/jobs/local-scheduler");
  const { checkDomainsFunction } = await import("@/inngest/functions/check-domains");
  const { checkDomainBatch } = await import("@/inngest/functions/check-domain-batch");
  const { sendQueuedEmails } = await import("@/inngest/functions/send-queued-emails");
  app = { checkDomains, LocalScheduler, functions: [checkDomainsFunction, checkDomainBatch, sendQueuedEmails] };

  shop = await createOrganization(stack, { slug: "shop", tier: "enterprise", roles: ["owner", "admin"] });
  await stack.sql`update public.organizations set locale = 'en', time_zone = 'UTC' where id = ${shop.id}`;
  const kept = [
    { type: "A", name: "@", value: "127.0.0.1", ttl: 3600 },
    { type: "CNAME", name: "www", value: "shop.test", ttl: 3600 },
    { type: "MX", name: "@", value: "10 mx.shop.test", ttl: 3600 },
    { type: "TXT", name: "@", value: "v=spf1 -all", ttl: 3600 },
    { type: "TXT", name: "_dmarc", value: "v=DMARC1; p=reject", ttl: 3600 },
  ];
  await stack.sql`
    insert into public.domains (org_id, name, status, dns_records, renews_at) values
      (${shop.id}, 'shop.test', 'active', ${stack.sql.json(kept)}, ${new Date(Date.now() + 6 * DAY)}),
      (${shop.id}, 'expired.test', 'active', '[]', null),
      (${shop.id}, 'wrong.test', 'active', '[]', null),
      (${shop.id}, 'selfsigned.test', 'active', '[]', null),
      (${shop.id}, 'private.test', 'active', '[]', null),
      (${shop.id}, 'gone.test', 'active', '[]', null),
      (${shop.id}, 'new.test', 'pending', '[]', null)`;
});

afterAll(async () => {
  await dns.close();
  await new Promise((resolve) => tls.server.close(resolve));
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("check-domains", () => {
  it("reports DNS drift, nameservers and each certificate, and writes the SSL status back", async () => {
    const summary = await app.checkDomains(await domainIds(), "2026-12-07", new Date(), {
      resolver: resolver(),
      tlsPort: tls.port,
      allowLoopback: true,
      ca: [ca.cert],
      timeoutMs: 2_000,
    });
    expect(summary).toMatchObject({ checked: 7, drifted: 1, repeated: 0 });
    const rows = await checkRows("2026-12-07");
    expect(rows).toEqual([
      { name: "expired.test", nameservers: [], dns_drift: [], tls_error: "CERT_HAS_EXPIRED", authorized: false },
      { name: "gone.test", nameservers: [], dns_drift: [], tls_error: "dns:ENOTFOUND", authorized: null },
      { name: "new.test", nameservers: [], dns_drift: [], tls_error: "dns:ENOTFOUND", authorized: null },
      { name: "private.test", nameservers: [], dns_drift: [], tls_error: "not_allowed:10.0.0.5", authorized: null },
      {
        name: "selfsigned.test",
        nameservers: [],
        dns_drift: [],
        tls_error: "DEPTH_ZERO_SELF_SIGNED_CERT",
        authorized: false,
      },
      {
        name: "shop.test",
        nameservers: ["ns1.host.test", "ns2.host.test"],
        dns_drift: [{ type: "TXT", name: "_dmarc", expected: "v=DMARC1; p=reject", actual: [] }],
        tls_error: null,
        authorized: true,
      },
      {
        name: "wrong.test",
        nameservers: [],
        dns_drift: [],
        tls_error: "ERR_TLS_CERT_ALTNAME_INVALID",
        authorized: false,
      },
    ]);
    expect(await domainsState()).toEqual([
      { name: "expired.test", ssl_status: "expired", ssl_provider: "Arco Test CA" },
      { name: "gone.test", ssl_status: "none", ssl_provider: null },
      { name: "new.test", ssl_status: "none", ssl_provider: null },
      { name: "private.test", ssl_status: "none", ssl_provider: null },
      { name: "selfsigned.test", ssl_status: "none", ssl_provider: "selfsigned.test" },
      { name: "shop.test", ssl_status: "expiring", ssl_provider: "Arco Test CA" },
      { name: "wrong.test", ssl_status: "none", ssl_provider: "Arco Test CA" },
    ]);
  });

  it("queues one 30-day certificate warning and one 7-day registration warning per owner and admin", async () => {
    const queued = await stack.sql<{ to_email: string; key: string }[]>`
      select to_email, split_part(idempotency_key, ':', 2) || ':' || split_part(idempotency_key, ':', 5) as key
      from public.email_outbox where template = 'domain-expiry' order by 2, 1`;
    expect(queued).toEqual([
      { to_email: "admin@shop.test", key: "registration:7" },
      { to_email: "owner@shop.test", key: "registration:7" },
      { to_email: "admin@shop.test", key: "ssl:30" },
      { to_email: "owner@shop.test", key: "ssl:30" },
    ]);
  });

  it("changes nothing when the same day runs again", async () => {
    const before = { rows: await checkRows("2026-12-07"), state: await domainsState() };
    const summary = await app.checkDomains(await domainIds(), "2026-12-07", new Date(), {
      resolver: resolver(),
      tlsPort: tls.port,
      allowLoopback: true,
      ca: [ca.cert],
    });
    expect(summary).toMatchObject({ checked: 0, repeated: 7, emails: 0 });
    expect(await checkRows("2026-12-07")).toEqual(before.rows);
    const [outbox] = await stack.sql<{ count: number }[]>`
      select count(*)::int as count from public.email_outbox where template = 'domain-expiry'`;
    expect(outbox!.count).toBe(4);
  });

  it("runs daily through the scheduler with the configured resolver and sends the warnings", async () => {
    // 05:00 in São Paulo on the 8th; without the test CA the shop's certificate is not trusted.
    const scheduler = new app.LocalScheduler({
      functions: app.functions,
      now: () => new Date("2026-12-08T08:00:10Z"),
      logger: { info: () => {}, warn: () => {}, error: () => {} },
    });
    scheduler.tick();
    await scheduler.idle();
    expect(scheduler.history().filter((r) => r.status !== "succeeded")).toEqual([]);
    const rows = await checkRows("2026-12-08");
    expect(rows.map((r) => r.name)).toEqual([
      "expired.test",
      "gone.test",
      "private.test",
      "selfsigned.test",
      "shop.test",
      "wrong.test",
    ]);
    expect(rows.find((r) => r.name === "shop.test")).toMatchObject({ tls_error: "UNABLE_TO_VERIFY_LEAF_SIGNATURE" });
    const mails = stack.mailbox.list().filter((m) => m.subject.includes("shop.test"));
    expect(mails.map((m) => m.subject).sort()).toEqual([
      "The certificate of shop.test expires in 20 days",
      "The certificate of shop.test expires in 20 days",
      "The registration of shop.test ends in 6 days",
      "The registration of shop.test ends in 6 days",
    ]);
  });
});
