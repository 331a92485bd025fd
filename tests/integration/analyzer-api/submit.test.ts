import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { stackForThisFile } from "../../support/stack.ts";
import { AnalyzerApi, errorOf, type SentEvent } from "./api-client.ts";

// Events are recorded instead of run: the analysis job would start Chromium on every accepted URL.
const events = vi.hoisted(() => ({ sent: [] as SentEvent[], fail: false }));
vi.mock("@/src/jobs/send-event", () => ({
  sendEvent: async (input: unknown) => {
    if (events.fail) throw new Error("Inngest is unreachable");
    const list = (Array.isArray(input) ? input : [input]) as Array<SentEvent & { validate(): Promise<void> }>;
    for (const event of list) {
      await event.validate();
      events.sent.push({ name: event.name, data: event.data, id: event.id });
    }
    return { ids: list.map(() => "id") };
  },
}));

const stack = stackForThisFile();
let api: AnalyzerApi;

beforeAll(async () => {
  api = await AnalyzerApi.load(stack);
});
afterAll(async () => {
  await api?.close();
});
beforeEach(() => {
  events.sent.length = 0;
  events.fail = false;
});

let urlCounter = 0;
/** A URL no other test analyzes: a public IP literal, so no DNS is needed (the machine may be offline). */
function freshUrl(): string {
  urlCounter += 1;
  return `https://93.184.216.34/page-${urlCounter}`;
}

async function count(table: "url_analyses" | "rate_limit_hits" | "leads"): Promise<number> {
  const [row] = await stack.sql.unsafe<[{ n: number }]>(`select count(*)::int as n from public.${table}`);
  return row.n;
}

async function rowsFor(ip: string): Promise<number> {
  const [row] = await stack.sql<[{ n: number }]>`
    select count(*)::int as n from public.url_analyses where ip_hash = ${api.ipHash(ip)}`;
  return row.n;
}

const submittedEvents = () => events.sent.filter((e) => e.name === "analyzer/url.submitted");

describe("POST /api/analyze", () => {
  it("accepts a URL with 202 { id, status }, queues one analysis and sends the event", async () => {
    const response = await api.submit({ url: "  93.184.216.34/Welcome#top " }, { ip: "198.51.100.10" });
    expect(response.status).toBe(202);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { id: string; status: string };
    expect(Object.keys(body).sort()).toEqual(["id", "status"]);
    expect(body.status).toBe("queued");

    const [row] = await stack.sql`
      select url, normalized_url, status, ip_hash, lead_id from public.url_analyses where id = ${body.id}`;
    expect(row).toEqual({
      url: "https://93.184.216.34/Welcome",
      normalized_url: "https://93.184.216.34/Welcome",
      status: "queued",
      ip_hash: api.ipHash("198.51.100.10"),
      lead_id: null,
    });
    expect(row!.ip_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(events.sent).toEqual([
      { name: "analyzer/url.submitted", data: { analysisId: body.id }, id: `analyzer-url-submitted:${body.id}` },
    ]);
  });

  it.each([
    ["loopback", "http://127.0.0.1:8080/"],
    ["localhost", "http://localhost/"],
    ["loopback as a decimal number", "http://2130706433/"],
    ["loopback in hex", "http://0x7f.0.0.1/"],
    ["private 10/8", "http://10.0.0.1/admin"],
    ["private 192.168/16", "192.168.1.1"],
    ["link-local", "http://169.254.10.20/"],
    ["cloud metadata", "http://169.254.169.254/latest/meta-data/"],
    ["CGNAT", "http://100.64.0.1/"],
    ["unspecified", "http://0.0.0.0/"],
    ["IPv6 loopback", "http://[::1]/"],
    ["IPv4-mapped IPv6 loopback", "http://[::ffff:127.0.0.1]/"],
    ["IPv6 unique-local", "http://[fd00:ec2::254]/"],
    ["metadata host name", "http://metadata.google.internal/computeMetadata/v1/"],
    ["internal suffix", "https://printer.corp.internal/"],
  ])("refuses %s with 400 url_not_allowed and writes nothing", async (_, url) => {
    const before = { analyses: await count("url_analyses"), hits: await count("rate_limit_hits") };
    const response = await api.submit({ url }, { ip: "198.51.100.11" });
    expect(await errorOf(response)).toEqual({
      status: 400,
      code: "url_not_allowed",
      message: "Esse endereço aponta para uma rede privada ou interna e não pode ser analisado.",
    });
    expect({ analyses: await count("url_analyses"), hits: await count("rate_limit_hits") }).toEqual(before);
    expect(events.sent).toEqual([]);
  });

  it("refuses malformed URLs with 400 invalid_url, in the request's language", async () => {
    const before = await count("url_analyses");
    expect(await errorOf(await api.submit({ url: "intranet" }))).toEqual({
      status: 400,
      code: "invalid_url",
      message: "Esse endereço não parece um site público. Confira o domínio, como www.exemplo.com.br.",
    });
    expect(
      await errorOf(await api.submit({ url: "ftp://example.com/" }, { headers: { "accept-language": "en" } })),
    ).toEqual({ status: 400, code: "invalid_url", message: "Use an address that starts with http:// or https://." });
    expect(await errorOf(await api.submit({ url: "https://user:pw@example.com/", locale: "en" }))).toMatchObject({
      code: "invalid_url",
      message: "Do not include a user name or password in the address.",
    });
    expect(await errorOf(await api.submit({ url: "" }))).toMatchObject({ code: "invalid_url" });
    expect(await count("url_analyses")).toBe(before);
  });

  it("refuses an unknown domain with 400 invalid_url, saying the domain was not found", async () => {
    const response = await api.submit({ url: "https://no-such-host.invalid/", locale: "en" });
    expect(await errorOf(response)).toEqual({
      status: 400,
      code: "invalid_url",
      message: "We could not find the domain no-such-host.invalid. Check that it is spelled correctly.",
    });
  });

  it("refuses an oversized URL with 400 invalid_url", async () => {
    const before = await count("url_analyses");
    const response = await api.submit({ url: `https://93.184.216.34/${"a".repeat(2100)}` });
    expect(await errorOf(response)).toEqual({
      status: 400,
      code: "invalid_url",
      message: "O endereço pode ter no máximo 2048 caracteres.",
    });
    expect(await count("url_analyses")).toBe(before);
  });

  it("refuses malformed JSON and bodies of the wrong shape with 400 invalid_request", async () => {
    const before = await count("url_analyses");
    expect(await errorOf(await api.submit('{"url": "93.184.216.34"'))).toEqual({
      status: 400,
      code: "invalid_request",
      message: "Os dados enviados não são um JSON válido.",
    });
    expect(await errorOf(await api.submit({ link: "93.184.216.34" }))).toMatchObject({ code: "invalid_request" });
    expect(await errorOf(await api.submit({ url: 42 }))).toMatchObject({ code: "invalid_request" });
    // Consent is only stored with the version of the text the visitor saw.
    expect(await errorOf(await api.submit({ url: freshUrl(), email: "ana@lead.test", consent: true }))).toMatchObject({
      code: "invalid_request",
    });
    expect(await count("url_analyses")).toBe(before);
  });

  it("refuses an invalid email with 400 invalid_email and writes nothing", async () => {
    const before = await count("url_analyses");
    expect(await errorOf(await api.submit({ url: freshUrl(), email: "not-an-email" }))).toEqual({
      status: 400,
      code: "invalid_email",
      message: "Informe um e-mail válido, como nome@empresa.com.",
    });
    expect(await count("url_analyses")).toBe(before);
  });

  it("records the email as a lead with consent, UTM and the analysis, and announces both", async () => {
    const response = await api.submit(
      {
        url: freshUrl(),
        email: " Bia@Lead.test ",
        consent: true,
        consentTextVersion: "analyzer-2026-11",
        locale: "en",
        utm: { source: "newsletter", campaign: "black-friday" },
      },
      { ip: "198.51.100.12" },
    );
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    const [lead] = await stack.sql`
      select l.id, l.email::text as email, l.locale, l.utm, l.consent_text_version, l.consent_at is not null as consented
      from public.leads l join public.url_analyses a on a.lead_id = l.id where a.id = ${id}`;
    expect(lead).toMatchObject({
      email: "bia@lead.test",
      locale: "en",
      utm: { utm_source: "newsletter", utm_campaign: "black-friday" },
      consent_text_version: "analyzer-2026-11",
      consented: true,
    });
    expect(events.sent).toEqual([
      { name: "analyzer/url.submitted", data: { analysisId: id }, id: `analyzer-url-submitted:${id}` },
      { name: "leads/lead.captured", data: { leadId: lead!.id }, id: `lead-captured:${lead!.id}:${id}` },
    ]);
  });
});

describe("abuse limits", () => {
  it("allows 3 new analyses per IP a day; the 4th gets 429 with Retry-After, and nothing is written", async () => {
    const ip = "198.51.100.20";
    for (let i = 0; i < 3; i++) expect((await api.submit({ url: freshUrl() }, { ip })).status).toBe(202);
    const before = await count("url_analyses");
    const response = await api.submit({ url: freshUrl() }, { ip });
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get("retry-after"));
    // The oldest of the three hits leaves the 24 h window in (almost exactly) a day.
    expect(retryAfter).toBeGreaterThan(86_400 - 60);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
    expect(await errorOf(response)).toEqual({
      status: 429,
      code: "rate_limited",
      message: "Você atingiu o limite de análises gratuitas por dia. Tente de novo em 24 h.",
    });
    expect(await count("url_analyses")).toBe(before);
    expect(await rowsFor(ip)).toBe(3);
    expect((await api.submit({ url: freshUrl() }, { ip: "198.51.100.21" })).status).toBe(202);
  });

  it("computes Retry-After from the oldest hit still in the sliding window", async () => {
    const ip = "198.51.100.22";
    await stack.sql`
      insert into public.rate_limit_hits (bucket, subject_hash, hit_at)
      values ('analyze:ip', ${api.ipHash(ip)}, now() - interval '25 hours'),
        ('analyze:ip', ${api.ipHash(ip)}, now() - interval '23 hours'),
        ('analyze:ip', ${api.ipHash(ip)}, now() - interval '3 hours'),
        ('analyze:ip', ${api.ipHash(ip)}, now() - interval '1 hour')`;
    const response = await api.submit({ url: freshUrl(), locale: "en" }, { ip });
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(3600 - 60);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect((await errorOf(response)).message).toBe(
      "You have reached the daily limit of free analyses. Try again in 60 min.",
    );
  });

  it("serves the same URL within 24 h from the cache without counting it, even past the limit", async () => {
    const ip = "198.51.100.23";
    const urls = [freshUrl(), freshUrl(), freshUrl()];
    const ids: string[] = [];
    for (const url of urls) ids.push(((await (await api.submit({ url }, { ip })).json()) as { id: string }).id);
    events.sent.length = 0;
    await stack.sql`update public.url_analyses set status = 'running', stage = 'loading', progress = 10
      where id = ${ids[0]!}`;

    // A 4th request (and a 5th): the same URL as the first, spelled differently; served, not counted.
    for (const spelling of [urls[0]!.toUpperCase().replace("HTTPS://", "https://"), `${urls[0]!}#again`]) {
      const cached = await api.submit({ url: spelling.replace("/PAGE-", "/page-") }, { ip });
      expect(cached.status).toBe(202);
      expect(await cached.json()).toEqual({ id: ids[0], status: "running" });
    }
    const [{ hits }] = await stack.sql<[{ hits: number }]>`
      select count(*)::int as hits from public.rate_limit_hits where subject_hash = ${api.ipHash(ip)}`;
    expect(hits).toBe(3);
    expect(await rowsFor(ip)).toBe(3);
    expect(submittedEvents()).toEqual([]);
    // Still exhausted for anything new.
    expect((await api.submit({ url: freshUrl() }, { ip })).status).toBe(429);
  });

  it("does not serve failed analyses or ones older than 24 h from the cache", async () => {
    const url = freshUrl();
    const first = ((await (await api.submit({ url }, { ip: "198.51.100.24" })).json()) as { id: string }).id;
    await stack.sql`update public.url_analyses set status = 'failed', stage = 'failed', failure_reason = 'timeout'
      where id = ${first}`;
    const second = ((await (await api.submit({ url }, { ip: "198.51.100.24" })).json()) as { id: string }).id;
    expect(second).not.toBe(first);
    await stack.sql`update public.url_analyses set created_at = now() - interval '25 hours' where id = ${second}`;
    const third = ((await (await api.submit({ url }, { ip: "198.51.100.24" })).json()) as { id: string }).id;
    expect(new Set([first, second, third]).size).toBe(3);
  });

  it("allows 10 analyses per email a day, whatever the IP", async () => {
    const email = "carla@lead.test";
    for (let i = 0; i < 10; i++) {
      expect((await api.submit({ url: freshUrl(), email }, { ip: `198.51.100.${100 + i}` })).status).toBe(202);
    }
    const response = await api.submit({ url: freshUrl(), email: "CARLA@lead.test" }, { ip: "198.51.100.120" });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(86_400 - 60);
    // The refused attempt cost the fresh IP nothing.
    expect((await api.submit({ url: freshUrl() }, { ip: "198.51.100.120" })).status).toBe(202);
    const [{ n }] = await stack.sql<[{ n: number }]>`
      select count(*)::int as n from public.rate_limit_hits
      where bucket = 'analyze:email' and subject_hash = ${api.emailHash(email)}`;
    expect(n).toBe(10);
  });

  it("does not let a spoofed X-Forwarded-For (or X-Real-IP) reset the limit when no proxy is trusted", async () => {
    const ip = "198.51.100.30";
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const spoofed = { "x-forwarded-for": `203.0.113.${i + 1}`, "x-real-ip": `203.0.113.${i + 50}` };
      statuses.push((await api.submit({ url: freshUrl() }, { ip, headers: spoofed })).status);
    }
    expect(statuses).toEqual([202, 202, 202, 429, 429]);
    expect(await rowsFor(ip)).toBe(3);
  });

  it("lets exactly 3 of 50 simultaneous submissions from one IP through", async () => {
    const ip = "198.51.100.40";
    const responses = await Promise.all(Array.from({ length: 50 }, () => api.submit({ url: freshUrl() }, { ip })));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 202)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(47);
    expect(await rowsFor(ip)).toBe(3);
    expect(submittedEvents()).toHaveLength(3);
  });

  it("starts one analysis when 20 visitors submit the same new URL at once", async () => {
    const url = freshUrl();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => api.submit({ url }, { ip: `198.51.100.${200 + i}` })),
    );
    const ids = new Set(await Promise.all(responses.map(async (r) => ((await r.json()) as { id: string }).id)));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(202));
    expect(ids.size).toBe(1);
    const [{ n }] = await stack.sql<[{ n: number }]>`
      select count(*)::int as n from public.url_analyses where normalized_url = ${url}`;
    expect(n).toBe(1);
  });
});

describe("when the event cannot be sent", () => {
  it("answers 503 and recovers on retry: the cached, still queued analysis is announced again", async () => {
    const url = freshUrl();
    const ip = "198.51.100.50";
    events.fail = true;
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await errorOf(await api.submit({ url }, { ip }))).toMatchObject({ status: 503, code: "unavailable" });
    logged.mockRestore();
    events.fail = false;
    const retry = await api.submit({ url }, { ip });
    expect(retry.status).toBe(202);
    const { id } = (await retry.json()) as { id: string };
    expect(events.sent).toEqual([
      { name: "analyzer/url.submitted", data: { analysisId: id }, id: `analyzer-url-submitted:${id}` },
    ]);
    // The retry was a cache hit: one analysis, one hit.
    expect(await rowsFor(ip)).toBe(1);
  });
});
