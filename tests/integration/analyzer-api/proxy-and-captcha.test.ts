import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startFakeHttpServer, type FakeHttpServer } from "../../support/fake-http-server.ts";
import { stackForThisFile } from "../../support/stack.ts";
import { AnalyzerApi, errorOf } from "./api-client.ts";

// The analysis job is not what these tests are about (and would start Chromium); what was announced is kept,
// since a `leads/lead.captured` event is what sends the welcome email.
const events = vi.hoisted(() => ({ names: [] as string[] }));
vi.mock("@/src/jobs/send-event", () => ({
  sendEvent: async (input: { name: string } | Array<{ name: string }>) => {
    for (const event of Array.isArray(input) ? input : [input]) events.names.push(event.name);
    return { ids: [] };
  },
}));

const stack = stackForThisFile();

let urlCounter = 0;
function freshUrl(): string {
  urlCounter += 1;
  return `https://93.184.216.34/config-${urlCounter}`;
}

async function analyses(): Promise<number> {
  const [{ n }] = await stack.sql<[{ n: number }]>`select count(*)::int as n from public.url_analyses`;
  return n;
}

describe("behind one trusted proxy (ARCO_TRUSTED_PROXY_HOPS=1)", () => {
  let api: AnalyzerApi;
  // Every request reaches the app from the proxy's address.
  const proxy = "10.0.0.5";

  beforeAll(async () => {
    api = await AnalyzerApi.load(stack, { ARCO_TRUSTED_PROXY_HOPS: "1" });
  });
  afterAll(async () => {
    await api?.close();
  });

  it("counts each client by the address the proxy appended to X-Forwarded-For", async () => {
    for (let client = 1; client <= 4; client++) {
      const headers = { "x-forwarded-for": `198.51.100.${client}` };
      expect((await api.submit({ url: freshUrl() }, { ip: proxy, headers })).status).toBe(202);
    }
    const [{ n }] = await stack.sql<[{ n: number }]>`
      select count(*)::int as n from public.url_analyses where ip_hash = ${api.ipHash(proxy)}`;
    expect(n).toBe(0);
  });

  it("ignores what the client wrote before the proxy's entry", async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const headers = { "x-forwarded-for": `203.0.113.${i}, 198.51.100.77` };
      statuses.push((await api.submit({ url: freshUrl() }, { ip: proxy, headers })).status);
    }
    expect(statuses).toEqual([202, 202, 202, 429, 429]);
    const [{ n }] = await stack.sql<[{ n: number }]>`
      select count(*)::int as n from public.url_analyses where ip_hash = ${api.ipHash("198.51.100.77")}`;
    expect(n).toBe(3);
  });
});

describe("with a CAPTCHA configured (CAPTCHA_PROVIDER=turnstile)", () => {
  let api: AnalyzerApi;
  let siteverify: FakeHttpServer;

  beforeAll(async () => {
    // Speaks Turnstile's siteverify: form fields in, { success, error-codes } out.
    siteverify = await startFakeHttpServer((request) => {
      // The fake server hands form bodies over as their fields.
      const form = request.body as Record<string, string>;
      const ok = form.secret === "turnstile-secret" && form.response === "solved-token";
      return { status: 200, body: { success: ok, "error-codes": ok ? [] : ["invalid-input-response"] } };
    });
    api = await AnalyzerApi.load(stack, {
      CAPTCHA_PROVIDER: "turnstile",
      CAPTCHA_SITE_KEY: "turnstile-site-key",
      CAPTCHA_SECRET_KEY: "turnstile-secret",
      CAPTCHA_VERIFY_URL: `${siteverify.url}/turnstile/v0/siteverify`,
    });
  });
  afterAll(async () => {
    await api?.close();
    await siteverify?.close();
  });

  it("refuses a submission without a token with 400 captcha_failed, before anything else", async () => {
    const before = await analyses();
    expect(await errorOf(await api.submit({ url: freshUrl() }))).toEqual({
      status: 400,
      code: "captcha_failed",
      message: "Confirme que você não é um robô e envie de novo.",
    });
    expect(siteverify.requests).toHaveLength(0);
    expect(await analyses()).toBe(before);
  });

  it("refuses a token the provider rejects, writing and counting nothing", async () => {
    const ip = "198.51.100.150";
    const before = await analyses();
    const response = await api.submit({ url: freshUrl(), captchaToken: "forged", locale: "en" }, { ip });
    expect(await errorOf(response)).toEqual({
      status: 400,
      code: "captcha_failed",
      message: "We could not confirm that you are not a robot. Please try again.",
    });
    expect(await analyses()).toBe(before);
    const [{ hits }] = await stack.sql<[{ hits: number }]>`
      select count(*)::int as hits from public.rate_limit_hits where subject_hash = ${api.ipHash(ip)}`;
    expect(hits).toBe(0);
    const last = siteverify.requests.at(-1)!;
    expect(last.path).toBe("/turnstile/v0/siteverify");
    expect(last.body).toEqual({
      secret: "turnstile-secret",
      response: "forged",
      remoteip: ip,
    });
  });

  it("accepts a submission whose token the provider confirms", async () => {
    const response = await api.submit({ url: freshUrl(), captchaToken: "solved-token" }, { ip: "198.51.100.151" });
    expect(response.status).toBe(202);
  });

  describe("on the report's email gate (POST /api/analyze/:id/lead), which also sends an email", () => {
    let analysisId: string;

    beforeAll(async () => {
      const response = await api.submit({ url: freshUrl(), captchaToken: "solved-token" }, { ip: "198.51.100.152" });
      analysisId = ((await response.json()) as { id: string }).id;
    });

    async function leadsFor(email: string): Promise<number> {
      const [{ n }] = await stack.sql<[{ n: number }]>`
        select count(*)::int as n from public.leads where email = ${email}`;
      return n;
    }

    it("refuses an email without a token with 400 captcha_failed: no lead, no email, nothing counted", async () => {
      const ip = "198.51.100.153";
      const checks = siteverify.requests.length;
      events.names.length = 0;
      expect(await errorOf(await api.giveEmail(analysisId, { email: "victim@lead.test" }, { ip }))).toEqual({
        status: 400,
        code: "captcha_failed",
        message: "Confirme que você não é um robô e envie de novo.",
      });
      expect(siteverify.requests.length).toBe(checks);
      expect(await leadsFor("victim@lead.test")).toBe(0);
      expect(events.names).toEqual([]);
      const [{ hits }] = await stack.sql<[{ hits: number }]>`
        select count(*)::int as hits from public.rate_limit_hits where subject_hash = ${api.ipHash(ip)}`;
      expect(hits).toBe(0);
    });

    it("refuses a token the provider rejects, sending nothing", async () => {
      events.names.length = 0;
      const response = await api.giveEmail(
        analysisId,
        { email: "victim@lead.test", captchaToken: "forged", locale: "en" },
        { ip: "198.51.100.154" },
      );
      expect(await errorOf(response)).toMatchObject({ status: 400, code: "captcha_failed" });
      expect(siteverify.requests.at(-1)!.body).toEqual({
        secret: "turnstile-secret",
        response: "forged",
        remoteip: "198.51.100.154",
      });
      expect(await leadsFor("victim@lead.test")).toBe(0);
      expect(events.names).toEqual([]);
    });

    it("records and announces the lead when the provider confirms the token", async () => {
      events.names.length = 0;
      const response = await api.giveEmail(
        analysisId,
        { email: "visitor@lead.test", captchaToken: "solved-token" },
        { ip: "198.51.100.155" },
      );
      expect(response.status).toBe(200);
      expect(await leadsFor("visitor@lead.test")).toBe(1);
      expect(events.names).toEqual(["leads/lead.captured"]);
    });
  });
});
