import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";
import { addDomainSchema, domainNameSchema } from "@/src/domains/add-domain-schema";
import { normalizeDomainName } from "@/src/domains/domain-name";
import { renewalNeedsAttention, sslState } from "@/src/domains/domain-status";
import { formatTtl } from "@/src/domains/format-ttl";

/**
 * The domains pages' queries and the "Add domain" write, run as the organization's users under row-level
 * security, and the domain name's normalization and validation.
 */
const stack = stackForThisFile();

let listDomains: typeof import("@/src/domains/queries/get-domains").getDomains;
let readDomain: typeof import("@/src/domains/queries/get-domain").getDomain;
let addDomain: typeof import("@/src/domains/mutations/add-domain").addDomain;
let mapDatabaseError: typeof import("@/src/db/map-database-error").mapDatabaseError;
let schema: typeof import("@/src/db/schema");

let moda: OrganizationFixture;
let aurora: OrganizationFixture;
let padaria: OrganizationFixture;
const ids = {} as Record<"modaviva" | "lojamodaviva" | "aurora", string>;

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable("expected a refusal"),
    (error: unknown) => error,
  );
}

const records = [
  { type: "TXT", name: "@", value: "v=spf1 include:_spf.google.com ~all", ttl: 3600 },
  { type: "CAA", name: "@", value: '0 issue "letsencrypt.org"', ttl: 86400 },
  { type: "MX", name: "@", value: "1 smtp.google.com", ttl: 3600 },
  { type: "CNAME", name: "www", value: "modaviva.com.br", ttl: 3600 },
  { type: "TXT", name: "_dmarc", value: "v=DMARC1; p=quarantine", ttl: 3600 },
  { type: "A", name: "@", value: "104.21.48.17", ttl: 300 },
  { type: "AAAA", name: "@", value: "2606:4700::6815:3011", ttl: 300 },
];

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  ({ getDomains: listDomains } = await import("@/src/domains/queries/get-domains"));
  ({ getDomain: readDomain } = await import("@/src/domains/queries/get-domain"));
  ({ addDomain } = await import("@/src/domains/mutations/add-domain"));
  ({ mapDatabaseError } = await import("@/src/db/map-database-error"));
  schema = await import("@/src/db/schema");

  moda = await createOrganization(stack, { slug: "moda", tier: "pro" });
  aurora = await createOrganization(stack, { slug: "aurora", tier: "enterprise", roles: ["owner"] });
  padaria = await createOrganization(stack, { slug: "padaria", tier: "free", roles: ["owner"] });

  const [modaviva] = await stack.sql<{ id: string }[]>`
    insert into public.domains (org_id, name, status, registrar, nameservers, dns_records, ssl_status, ssl_provider,
      ssl_expires_at, registered_at, renews_at, auto_renew)
    values (${moda.id}, 'modaviva.com.br', 'active', 'Registro.br', ${["lara.ns.cloudflare.com", "tom.ns.cloudflare.com"]},
      ${stack.sql.json(records)}, 'valid', 'Cloudflare', '2027-03-01T00:00:00Z', '2016-05-10T00:00:00Z',
      '2026-11-20T00:00:00Z', true)
    returning id`;
  const [loja] = await stack.sql<{ id: string }[]>`
    insert into public.domains (org_id, name, status, registrar, ssl_status, renews_at, auto_renew)
    values (${moda.id}, 'lojamodaviva.com.br', 'active', 'Registro.br', 'expiring', '2026-06-01T00:00:00Z', false)
    returning id`;
  const [auroraDomain] = await stack.sql<{ id: string }[]>`
    insert into public.domains (org_id, name, status) values (${aurora.id}, 'grupoaurora.com.br', 'active') returning id`;
  await stack.sql`insert into public.domains (org_id, name) values (${padaria.id}, 'paodourado.com.br')`;
  ids.modaviva = modaviva!.id;
  ids.lojamodaviva = loja!.id;
  ids.aurora = auroraDomain!.id;
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("the domain list", () => {
  it("shows an organization its own domains, alphabetically", async () => {
    const domains = await listDomains(await requestDbAs(moda.users.member), moda.id);
    expect(domains).toEqual([
      {
        id: ids.lojamodaviva,
        name: "lojamodaviva.com.br",
        status: "active",
        registrar: "Registro.br",
        renewsAt: new Date("2026-06-01T00:00:00Z"),
        autoRenew: false,
        sslStatus: "expiring",
        sslExpiresAt: null,
      },
      expect.objectContaining({
        id: ids.modaviva,
        name: "modaviva.com.br",
        sslExpiresAt: new Date("2027-03-01T00:00:00Z"),
      }),
    ]);
  });

  it("never shows another organization's domains, even when asked for its id", async () => {
    expect(await listDomains(await requestDbAs(moda.users.owner), aurora.id)).toEqual([]);
    expect((await listDomains(await requestDbAs(aurora.users.owner), aurora.id)).map((d) => d.id)).toEqual([
      ids.aurora,
    ]);
  });
});

describe("a domain's page", () => {
  it("reads registration, SSL, nameservers and the DNS records grouped by type", async () => {
    const domain = await readDomain(await requestDbAs(moda.users.member), moda.id, ids.modaviva);
    expect(domain).toMatchObject({
      name: "modaviva.com.br",
      status: "active",
      registrar: "Registro.br",
      registeredAt: new Date("2016-05-10T00:00:00Z"),
      renewsAt: new Date("2026-11-20T00:00:00Z"),
      autoRenew: true,
      sslStatus: "valid",
      sslProvider: "Cloudflare",
      nameservers: ["lara.ns.cloudflare.com", "tom.ns.cloudflare.com"],
    });
    expect(domain!.dnsRecords.map((r) => `${r.type} ${r.name}`)).toEqual([
      "A @",
      "AAAA @",
      "CNAME www",
      "MX @",
      "TXT @",
      "TXT _dmarc",
      "CAA @",
    ]);
    expect(domain!.dnsRecords[0]).toEqual({ type: "A", name: "@", value: "104.21.48.17", ttl: 300 });
  });

  it("has no records for a domain without DNS yet", async () => {
    const domain = await readDomain(await requestDbAs(moda.users.owner), moda.id, ids.lojamodaviva);
    expect(domain).toMatchObject({ dnsRecords: [], nameservers: [], sslProvider: null });
  });

  it("is null for another organization's domain, whichever organization id is passed, and for a malformed id", async () => {
    const db = await requestDbAs(moda.users.owner);
    expect(await readDomain(db, moda.id, ids.aurora)).toBeNull();
    expect(await readDomain(db, aurora.id, ids.aurora)).toBeNull();
    expect(await readDomain(db, moda.id, "1; drop table domains")).toBeNull();
    expect(await readDomain(db, moda.id, crypto.randomUUID())).toBeNull();
  });
});

describe("adding a domain", () => {
  it("works for an owner: the domain starts pending with nothing else known", async () => {
    const { id } = await addDomain(await requestDbAs(moda.users.owner), moda.id, "modavivaclub.com.br");
    const domain = await readDomain(await requestDbAs(moda.users.member), moda.id, id);
    expect(domain).toMatchObject({
      name: "modavivaclub.com.br",
      status: "pending",
      registrar: null,
      sslStatus: "none",
      sslExpiresAt: null,
      renewsAt: null,
      nameservers: [],
      dnsRecords: [],
    });
  });

  it("works for an admin", async () => {
    const { id } = await addDomain(await requestDbAs(moda.users.admin), moda.id, "modaviva.store");
    expect(id).toEqual(expect.any(String));
  });

  it("answers conflict for a domain the organization already has, in any letter case", async () => {
    const db = await requestDbAs(moda.users.owner);
    expect(mapDatabaseError(await failure(addDomain(db, moda.id, "modaviva.com.br"))).code).toBe("conflict");
    expect(mapDatabaseError(await failure(addDomain(db, moda.id, "ModaViva.com.BR"))).code).toBe("conflict");
  });

  it("lets another organization add the same name (the uniqueness is per organization)", async () => {
    await expect(addDomain(await requestDbAs(aurora.users.owner), aurora.id, "modaviva.com.br")).resolves.toEqual({
      id: expect.any(String),
    });
  });

  it("is refused to a member (forbidden)", async () => {
    const refused = await failure(addDomain(await requestDbAs(moda.users.member), moda.id, "membro.com.br"));
    expect(mapDatabaseError(refused).code).toBe("forbidden");
  });

  it("is refused at the Free plan's one-domain limit, with the numbers the upgrade offer shows", async () => {
    const refused = await failure(addDomain(await requestDbAs(padaria.users.owner), padaria.id, "paodourado.com"));
    expect(mapDatabaseError(refused)).toMatchObject({
      code: "tier_limit_exceeded",
      tierLimit: { limit: "domains", value: 1, usage: 1 },
    });
    const [count] = await stack.sql<
      { n: number }[]
    >`select count(*)::int as n from public.domains where org_id = ${padaria.id}`;
    expect(count!.n).toBe(1);
  });

  it("cannot set the agency's columns: a client inserting an active status is refused (forbidden)", async () => {
    const db = await requestDbAs(moda.users.owner);
    const refused = await failure(
      db((tx) => tx.insert(schema.domains).values({ orgId: moda.id, name: "ativo.com.br", status: "active" })),
    );
    expect(mapDatabaseError(refused).code).toBe("forbidden");
  });
});

describe("the domain name field", () => {
  it.each([
    ["exemplo.com.br", "exemplo.com.br"],
    ["  Exemplo.COM.br  ", "exemplo.com.br"],
    ["https://www.exemplo.com.br/contato?utm=1#topo", "www.exemplo.com.br"],
    ["http://exemplo.com.br:8080", "exemplo.com.br"],
    ["exemplo.com.br/", "exemplo.com.br"],
    ["exemplo.com.br.", "exemplo.com.br"],
    ["//exemplo.com.br", "exemplo.com.br"],
    ["café.com.br", "xn--caf-dma.com.br"],
    ["my-shop.co.uk", "my-shop.co.uk"],
    ["xn--p1ai.xn--p1ai", "xn--p1ai.xn--p1ai"],
  ])("accepts %j as %j", (typed, stored) => {
    expect(normalizeDomainName(typed)).toBe(stored);
    expect(addDomainSchema.parse({ name: typed })).toEqual({ name: stored });
  });

  it.each([
    ["", "empty"],
    ["   ", "blank"],
    ["exemplo", "no top-level domain"],
    ["localhost", "a single label"],
    ["192.168.0.1", "an IP address"],
    ["[::1]", "an IPv6 address"],
    ["-exemplo.com.br", "a label starting with a hyphen"],
    ["exemplo-.com.br", "a label ending with a hyphen"],
    ["exe_mplo.com.br", "an underscore"],
    ["exemplo.c", "a one-letter top-level domain"],
    ["exemplo.123", "a numeric top-level domain"],
    ["exem plo.com.br", "a space"],
    ["mailto:ana@exemplo.com.br", "another scheme"],
    ["ftp://exemplo.com.br", "an ftp address"],
    ["https://ana:senha@exemplo.com.br", "credentials"],
    [`${"a".repeat(64)}.com.br`, "a label over 63 characters"],
  ])("refuses %j (%s)", (typed) => {
    expect(domainNameSchema.safeParse(typed).success).toBe(false);
  });

  it("refuses a name over 253 characters once normalized, and accepts one of exactly 253", () => {
    const named = (last: number) => `${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(last)}.com`;
    expect(named(57)).toHaveLength(253);
    expect(domainNameSchema.safeParse(`https://${named(57)}/`).success).toBe(true);
    expect(domainNameSchema.safeParse(named(58)).success).toBe(false);
  });
});

describe("how the pages word SSL and renewals", () => {
  const now = new Date("2026-05-01T12:00:00Z");
  const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

  it("judges the certificate by its expiry when known, else by the stored status", () => {
    expect(sslState("valid", days(45), now)).toBe("valid");
    expect(sslState("valid", days(30), now)).toBe("expiring");
    expect(sslState("valid", days(-1), now)).toBe("expired");
    expect(sslState("expiring", null, now)).toBe("expiring");
    expect(sslState("none", null, now)).toBe("none");
  });

  it("warns about a manual renewal in the next 30 days only", () => {
    expect(renewalNeedsAttention(days(10), false, now)).toBe(true);
    expect(renewalNeedsAttention(days(10), true, now)).toBe(false);
    expect(renewalNeedsAttention(days(90), false, now)).toBe(false);
    expect(renewalNeedsAttention(null, false, now)).toBe(false);
    expect(renewalNeedsAttention(days(-3), false, now)).toBe(false);
  });

  it("writes a TTL in the largest whole unit", () => {
    expect(formatTtl("en", 3600)).toBe("1 hr");
    expect(formatTtl("en", 300)).toBe("5 min");
    expect(formatTtl("en", 90)).toBe("90 sec");
    expect(formatTtl("pt-BR", 86400)).toBe("1 dia");
  });
});
