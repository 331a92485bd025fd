import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startPostgres15Cluster, type Postgres15Cluster } from "../../../supabase/local/postgres15-cluster.ts";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * The public API end to end, through its route handlers against a local stack: the key's life (created shown
 * once and stored hashed, used, revoked, expired), scopes, isolation between organizations, validation, the
 * per-plan rate limit with its headers, and the OpenAPI document. The rate limit's race-safety is shown on
 * PostgreSQL 15, where requests really run at the same time.
 */
const stack = stackForThisFile();

vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

type Handler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;
let routes: {
  projects: { GET: Handler };
  project: { GET: Handler };
  domains: { GET: Handler };
  performance: { GET: Handler };
  uptime: { GET: Handler };
  incidents: { GET: Handler };
  campaigns: { GET: Handler };
  reports: { GET: Handler };
  tickets: { GET: Handler; POST: Handler };
  ticket: { GET: Handler };
  openapi: { GET: (request: Request) => Response };
};
let createApiKey: typeof import("@/src/api/mutations/create-api-key").createApiKey;
let revokeApiKey: typeof import("@/src/api/mutations/revoke-api-key").revokeApiKey;
let getApiKeys: typeof import("@/src/api/queries/get-api-keys").getApiKeys;
let withApiPrincipal: typeof import("@/src/db/with-user").withApiPrincipal;

let moda: OrganizationFixture;
let padaria: OrganizationFixture;
const ids = {} as Record<"modaProject" | "padariaProject" | "padariaTicket", string>;
const keys = {} as Record<"modaRead" | "modaWrite" | "padaria", string>;

const base = "http://arco.test/api/v1";

function call(
  handler: Handler,
  path: string,
  {
    key,
    params = {},
    method = "GET",
    body,
    headers = {},
  }: {
    key?: string;
    params?: Record<string, string>;
    method?: string;
    body?: string;
    headers?: Record<string, string>;
  } = {},
) {
  const request = new Request(`${base}${path}`, {
    method,
    headers: {
      "accept-language": "en",
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    body,
  });
  return handler(request, { params: Promise.resolve(params) });
}

/** A rate-limit test counts one minute's window: never start one in the last seconds of a minute. */
async function awayFromMinuteBoundary() {
  const second = new Date().getUTCSeconds();
  if (second >= 45) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
}

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  routes = {
    projects: await import("@/app/api/v1/projects/route"),
    project: await import("@/app/api/v1/projects/[id]/route"),
    domains: await import("@/app/api/v1/domains/route"),
    performance: await import("@/app/api/v1/performance-metrics/route"),
    uptime: await import("@/app/api/v1/uptime-checks/route"),
    incidents: await import("@/app/api/v1/incidents/route"),
    campaigns: await import("@/app/api/v1/campaigns/route"),
    reports: await import("@/app/api/v1/reports/route"),
    tickets: await import("@/app/api/v1/tickets/route"),
    ticket: await import("@/app/api/v1/tickets/[id]/route"),
    openapi: await import("@/app/api/v1/openapi.json/route"),
  };
  createApiKey = (await import("@/src/api/mutations/create-api-key")).createApiKey;
  revokeApiKey = (await import("@/src/api/mutations/revoke-api-key")).revokeApiKey;
  getApiKeys = (await import("@/src/api/queries/get-api-keys")).getApiKeys;
  withApiPrincipal = (await import("@/src/db/with-user")).withApiPrincipal;

  moda = await createOrganization(stack, { slug: "moda", tier: "pro" });
  padaria = await createOrganization(stack, { slug: "padaria", tier: "free", roles: ["owner"] });
  const [modaProject] = await stack.sql<{ id: string }[]>`
    insert into public.projects (org_id, name, description) values (${moda.id}, 'Loja virtual', 'Checkout novo')
    returning id`;
  const [padariaProject] = await stack.sql<{ id: string }[]>`
    insert into public.projects (org_id, name) values (${padaria.id}, 'Site da padaria') returning id`;
  ids.modaProject = modaProject!.id;
  ids.padariaProject = padariaProject!.id;
  await stack.sql`insert into public.domains (org_id, name, status) values (${moda.id}, 'moda.com.br', 'active'),
    (${padaria.id}, 'padaria.com.br', 'active')`;
  await stack.sql`insert into public.performance_metrics (org_id, project_id, url, lcp_ms, performance_score, source)
    values (${moda.id}, ${ids.modaProject}, 'https://moda.com.br', 2100, 91, 'lighthouse')`;
  await stack.sql`insert into public.uptime_checks (org_id, url, status_code, response_ms, ok)
    values (${moda.id}, 'https://moda.com.br', 200, 180, true)`;
  await stack.sql`insert into public.incidents (org_id, title, severity, resolved_at)
    values (${moda.id}, 'Checkout fora do ar', 'major', now()), (${moda.id}, 'Lentidão', 'minor', null)`;
  await stack.sql`insert into public.reports (org_id, period, status) values (${moda.id}, '2026-11-01', 'pending')`;
  await stack.sql`insert into public.campaigns (org_id, platform, name) values (${moda.id}, 'google_ads', 'Black Friday')`;
  const [padariaTicket] = await stack.sql<{ id: string }[]>`
    insert into public.support_tickets (org_id, subject, created_by) values (${padaria.id}, 'Forno', ${padaria.users.owner})
    returning id`;
  ids.padariaTicket = padariaTicket!.id;

  const modaOwner = await requestDbAs(moda.users.owner);
  const zone = { id: moda.id, timeZone: "America/Sao_Paulo" };
  keys.modaRead = (await createApiKey(modaOwner, zone, { name: "Painel BI", access: "read" })).key;
  keys.modaWrite = (await createApiKey(modaOwner, zone, { name: "Helpdesk", access: "read_write" })).key;
  keys.padaria = (
    await createApiKey(
      await requestDbAs(padaria.users.owner),
      { id: padaria.id, timeZone: "UTC" },
      {
        name: "ERP",
        access: "read_write",
      },
    )
  ).key;
});

describe("key lifecycle", () => {
  it("shows the whole key once and stores only its hash and prefix", async () => {
    const db = await requestDbAs(moda.users.admin);
    const created = await createApiKey(db, { id: moda.id, timeZone: "UTC" }, { name: "Zapier", access: "read" });
    expect(created.key).toMatch(/^arco_live_[A-Za-z0-9_-]{43}$/);
    expect(created.key.startsWith(created.prefix)).toBe(true);
    const [row] = await stack.sql<{ key_hash: string; prefix: string; scopes: string[] }[]>`
      select key_hash, prefix, scopes from public.api_keys where id = ${created.id}`;
    expect(row!.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(created.key);
    expect(row!.scopes).toEqual(["read"]);
    const listed = await getApiKeys(db, moda.id);
    expect(listed.find((key) => key.id === created.id)).toMatchObject({ name: "Zapier", state: "active" });
    expect(JSON.stringify(listed)).not.toContain(row!.key_hash);
  });

  it("refuses a plain member: keys are for owners and admins", async () => {
    const db = await requestDbAs(moda.users.member);
    await expect(
      createApiKey(db, { id: moda.id, timeZone: "UTC" }, { name: "Mine", access: "read" }),
    ).rejects.toThrow();
    expect(await getApiKeys(db, moda.id)).toEqual([]);
  });

  it("refuses an expiry day in the past", async () => {
    const db = await requestDbAs(moda.users.owner);
    await expect(
      createApiKey(db, { id: moda.id, timeZone: "UTC" }, { name: "Old", access: "read", expiresOn: "2020-01-01" }),
    ).rejects.toMatchObject({ code: "invalid_input" });
  });

  it("answers a live key, stamps its last use, and stops at revocation", async () => {
    const db = await requestDbAs(moda.users.owner);
    const created = await createApiKey(db, { id: moda.id, timeZone: "UTC" }, { name: "Temp", access: "read" });
    const ok = await call(routes.projects.GET, "/projects", { key: created.key });
    expect(ok.status).toBe(200);
    const [used] = await stack.sql<{ last_used_at: Date | null }[]>`
      select last_used_at from public.api_keys where id = ${created.id}`;
    expect(used!.last_used_at).not.toBeNull();

    await revokeApiKey(db, moda.id, created.id);
    const refused = await call(routes.projects.GET, "/projects", { key: created.key });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("www-authenticate")).toBe("Bearer");
    expect((await getApiKeys(db, moda.id)).find((key) => key.id === created.id)?.state).toBe("revoked");
    await expect(revokeApiKey(db, moda.id, created.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("stops a key after its expiry day", async () => {
    const db = await requestDbAs(moda.users.owner);
    const created = await createApiKey(db, { id: moda.id, timeZone: "UTC" }, { name: "Short", access: "read" });
    await stack.sql`update public.api_keys set expires_at = now() - interval '1 second' where id = ${created.id}`;
    expect((await call(routes.projects.GET, "/projects", { key: created.key })).status).toBe(401);
    expect((await getApiKeys(db, moda.id)).find((key) => key.id === created.id)?.state).toBe("expired");
  });

  it("gives one answer for a missing, malformed or unknown key, never saying which", async () => {
    const answers = await Promise.all([
      call(routes.projects.GET, "/projects"),
      call(routes.projects.GET, "/projects", { key: "arco_live_short" }),
      call(routes.projects.GET, "/projects", { key: `arco_live_${"x".repeat(43)}` }),
      call(routes.projects.GET, "/projects", { headers: { authorization: "Basic dXNlcjpwYXNz" } }),
    ]);
    const bodies = await Promise.all(answers.map((answer) => answer.json()));
    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401, 401]);
    expect(new Set(bodies.map((body) => JSON.stringify(body))).size).toBe(1);
    expect(bodies[0]).toEqual({ error: { code: "invalid_api_key", message: expect.stringContaining("API key") } });
  });
});

describe("reads as the key's organization", () => {
  it("lists each resource of the organization and nothing of another", async () => {
    const cases: Array<[Handler, string, number]> = [
      [routes.projects.GET, "/projects", 1],
      [routes.domains.GET, "/domains", 1],
      [routes.performance.GET, "/performance-metrics", 1],
      [routes.uptime.GET, "/uptime-checks", 1],
      [routes.incidents.GET, "/incidents", 2],
      [routes.campaigns.GET, "/campaigns", 1],
      [routes.reports.GET, "/reports", 1],
    ];
    for (const [handler, path, count] of cases) {
      const answer = await call(handler, path, { key: keys.modaRead });
      expect(answer.status, path).toBe(200);
      const body = await answer.json();
      expect(body.data, path).toHaveLength(count);
      expect(JSON.stringify(body), path).not.toMatch(/padaria/i);
    }
    const projects = await (await call(routes.projects.GET, "/projects", { key: keys.modaRead })).json();
    expect(projects.data[0]).toMatchObject({ id: ids.modaProject, name: "Loja virtual", description: "Checkout novo" });
  });

  it("filters and pages", async () => {
    const ongoing = await (await call(routes.incidents.GET, "/incidents?ongoing=true", { key: keys.modaRead })).json();
    expect(ongoing.data.map((incident: { title: string }) => incident.title)).toEqual(["Lentidão"]);
    const first = await (await call(routes.incidents.GET, "/incidents?limit=1", { key: keys.modaRead })).json();
    expect(first.pagination).toEqual({ limit: 1, offset: 0, next_offset: 1 });
    const metrics = await call(routes.performance.GET, `/performance-metrics?project_id=${ids.modaProject}`, {
      key: keys.modaRead,
    });
    expect((await metrics.json()).data[0]).toMatchObject({ lcp_ms: 2100, performance_score: 91 });
  });

  it("answers 404 for another organization's row, as for one that does not exist", async () => {
    const other = await call(routes.project.GET, `/projects/${ids.padariaProject}`, {
      key: keys.modaRead,
      params: { id: ids.padariaProject },
    });
    expect(other.status).toBe(404);
    expect(await other.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
    const ticket = await call(routes.ticket.GET, `/tickets/${ids.padariaTicket}`, {
      key: keys.modaRead,
      params: { id: ids.padariaTicket },
    });
    expect(ticket.status).toBe(404);
    const malformed = await call(routes.project.GET, "/projects/nope", { key: keys.modaRead, params: { id: "nope" } });
    expect(malformed.status).toBe(404);
    const own = await call(routes.project.GET, `/projects/${ids.modaProject}`, {
      key: keys.modaRead,
      params: { id: ids.modaProject },
    });
    expect(own.status).toBe(200);
  });
});

describe("scopes and writes", () => {
  const ticket = JSON.stringify({ subject: "Erro no checkout", description: "O botão de pagar não responde." });

  it("refuses a read-only key writing (403), and writes nothing", async () => {
    const answer = await call(routes.tickets.POST, "/tickets", { key: keys.modaRead, method: "POST", body: ticket });
    expect(answer.status).toBe(403);
    expect((await answer.json()).error.code).toBe("forbidden");
    const [count] = await stack.sql<{ n: number }[]>`
      select count(*)::int as n from public.support_tickets where org_id = ${moda.id}`;
    expect(count!.n).toBe(0);
  });

  it("opens a ticket with a write key, attributed to the organization's API principal and counted", async () => {
    const answer = await call(routes.tickets.POST, "/tickets", { key: keys.modaWrite, method: "POST", body: ticket });
    expect(answer.status).toBe(201);
    const created = await answer.json();
    expect(created).toMatchObject({ number: 1, subject: "Erro no checkout", priority: "normal", status: "open" });
    expect(created.sla_hours).toBe(4);
    const [row] = await stack.sql<{ created_by: string; principal: string; used: number; body: string }[]>`
      select t.created_by, p.user_id as principal,
        (select value::int from public.usage_counters u where u.org_id = t.org_id and u.metric = 'tickets') as used,
        (select m.body from public.ticket_messages m where m.ticket_id = t.id) as body
      from public.support_tickets t join private.api_principals p on p.org_id = t.org_id where t.id = ${created.id}`;
    expect(row!.created_by).toBe(row!.principal);
    expect(row!.used).toBe(1);
    expect(row!.body).toBe("O botão de pagar não responde.");
    const read = await call(routes.ticket.GET, `/tickets/${created.id}`, {
      key: keys.modaRead,
      params: { id: created.id },
    });
    expect(await read.json()).toEqual(created);
    const listed = await (await call(routes.tickets.GET, "/tickets?status=open", { key: keys.modaRead })).json();
    expect(listed.data.map((t: { id: string }) => t.id)).toEqual([created.id]);
  });

  it("refuses another organization's project in a new ticket", async () => {
    const answer = await call(routes.tickets.POST, "/tickets", {
      key: keys.modaWrite,
      method: "POST",
      body: JSON.stringify({ subject: "S", description: "D", project_id: ids.padariaProject }),
    });
    expect(answer.status).toBe(400);
  });

  it("runs a read-only key's requests in a read-only transaction, whatever the route does", async () => {
    const [principal] = await stack.sql<{ user_id: string }[]>`
      select user_id from private.api_principals where org_id = ${moda.id}`;
    await expect(
      withApiPrincipal({ principalId: principal!.user_id, keyId: principal!.user_id }, "read", (tx) =>
        tx.execute(`insert into public.support_tickets (org_id, subject) values ('${moda.id}', 'sneaky')`),
      ),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ code: "25006" }) });
  });
});

describe("bad input", () => {
  it("names the field that fails its schema", async () => {
    const answer = await call(routes.tickets.POST, "/tickets", {
      key: keys.modaWrite,
      method: "POST",
      body: JSON.stringify({ subject: "", description: "D" }),
    });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toEqual({
      error: { code: "invalid_input", message: expect.stringContaining("body.subject"), field: "body.subject" },
    });
    const query = await call(routes.projects.GET, "/projects?limit=1000", { key: keys.modaRead });
    expect(query.status).toBe(400);
    expect((await query.json()).error.field).toBe("query.limit");
  });

  it("refuses a body over 1 MB, one that is not JSON, and malformed JSON, all as 400 naming the body", async () => {
    const big = JSON.stringify({ subject: "S", description: "x".repeat(1024 * 1024) });
    const answers = await Promise.all([
      call(routes.tickets.POST, "/tickets", { key: keys.modaWrite, method: "POST", body: big }),
      call(routes.tickets.POST, "/tickets", {
        key: keys.modaWrite,
        method: "POST",
        body: "subject=S",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
      call(routes.tickets.POST, "/tickets", { key: keys.modaWrite, method: "POST", body: "{nope" }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([400, 400, 400]);
    const bodies = await Promise.all(answers.map((answer) => answer.json()));
    expect(bodies.map((body) => body.error.field)).toEqual(["body", "body", "body"]);
    expect(bodies[0].error.message).toContain("1 MB");
  });
});

describe("rate limits per plan", () => {
  it("lets a free organization make 60 requests a minute, with RateLimit headers, then 429 with Retry-After", async () => {
    await awayFromMinuteBoundary();
    await stack.sql`delete from private.api_request_windows`;
    const answers = await Promise.all(
      Array.from({ length: 70 }, () => call(routes.projects.GET, "/projects", { key: keys.padaria })),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(60);
    expect(statuses.filter((status) => status === 429)).toHaveLength(10);
    const ok = answers.find((answer) => answer.status === 200)!;
    expect(ok.headers.get("ratelimit-limit")).toBe("60");
    expect(Number(ok.headers.get("ratelimit-remaining"))).toBeLessThan(60);
    const limited = answers.find((answer) => answer.status === 429)!;
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(limited.headers.get("ratelimit-remaining")).toBe("0");
    expect((await limited.json()).error.code).toBe("rate_limited");
  });

  it("counts per organization: another organization's minute is untouched", async () => {
    const answer = await call(routes.projects.GET, "/projects", { key: keys.modaRead });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("ratelimit-limit")).toBe("1200");
  });
});

describe("OpenAPI", () => {
  it("documents every operation from the zod schemas, with resolvable references", async () => {
    const answer = routes.openapi.GET(new Request(`${base}/openapi.json`));
    const document = await answer.json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual([
      "/campaigns",
      "/domains",
      "/incidents",
      "/performance-metrics",
      "/projects",
      "/projects/{id}",
      "/reports",
      "/tickets",
      "/tickets/{id}",
      "/uptime-checks",
    ]);
    expect(document.paths["/tickets"].post.requestBody.content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/NewTicket",
    });
    expect(document.components.schemas.NewTicket.required).toEqual(["subject", "description"]);
    expect(document.paths["/projects"].get.parameters.map((p: { name: string }) => p.name)).toEqual([
      "limit",
      "offset",
    ]);
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/(schemas|responses)\/([^"]+)"/g)];
    expect(refs.length).toBeGreaterThan(10);
    for (const [, kind, name] of refs) expect(document.components[kind!][name!], name).toBeDefined();
  });
});

/**
 * PGlite runs one transaction at a time, so above the requests are counted by turns. On PostgreSQL 15, 50
 * requests of one organization really run at once (ten connections) against a limit of 30 a minute.
 */
describe("the rate limit under real concurrency (PostgreSQL 15)", () => {
  let cluster: Postgres15Cluster;
  let admin: postgres.Sql;
  let pool: postgres.Sql;

  beforeAll(async () => {
    cluster = await startPostgres15Cluster();
    admin = postgres(cluster.url, { max: 1, onnotice: () => {} });
    pool = postgres(cluster.url, { max: 10, prepare: false, onnotice: () => {} });
  }, 180_000);
  afterAll(async () => {
    await pool?.end();
    await admin?.end();
    await cluster?.stop();
  });

  it("allows exactly the limit of 50 concurrent requests, never one more", async () => {
    await admin`insert into public.plans (key, name, performance_check_interval, features)
      values ('tight', 'Tight', 'weekly', '{"api_requests_per_minute": 30}')`;
    const [org] = await admin<{ id: string }[]>`
      insert into public.organizations (name, slug, tier) values ('Race', 'race', 'tight') returning id`;
    const hash = "a".repeat(64);
    await admin`insert into public.api_keys (org_id, name, prefix, key_hash, scopes)
      values (${org!.id}, 'Race', 'arco_live_race', ${hash}, '{read}')`;

    await awayFromMinuteBoundary();
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        pool.begin(async (tx) => {
          await tx`select set_config('role', 'anon', true)`;
          const [row] = await tx<{ allowed: boolean; remaining: number }[]>`
            select allowed, remaining from api_access.authenticate_key(${hash})`;
          return row!;
        }),
      ),
    );
    expect(results.filter((row) => row.allowed)).toHaveLength(30);
    expect(new Set(results.filter((row) => row.allowed).map((row) => row.remaining)).size).toBe(30);
    const [window] = await admin<{ requests: number }[]>`
      select requests from private.api_request_windows where org_id = ${org!.id}`;
    expect(window!.requests).toBe(30);
  });
});
