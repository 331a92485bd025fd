import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { AnalysisResult } from "@/src/analyzer/analysis-result";
import { stackForThisFile } from "../../support/stack.ts";
import { AnalyzerApi, errorOf, type SentEvent } from "./api-client.ts";

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

const text = (en: string) => ({ "pt-BR": en, en });
const report: AnalysisResult = {
  lighthouseVersion: "13.5.0",
  fetchedAt: "2026-11-23T12:00:00.000Z",
  finalUrl: "https://www.example.com/",
  scores: { performance: 91, accessibility: 100, bestPractices: 96, seo: 90 },
  metrics: { lcpMs: 1800, cls: 0.02, tbtMs: 120, fcpMs: 900, speedIndexMs: 1500, ttfbMs: 200 },
  opportunities: [
    {
      id: "render-blocking-resources",
      title: text("Eliminate render-blocking resources"),
      score: 0.5,
      displayValue: "Potential savings of 300 ms",
      savingsMs: 300,
      savingsBytes: null,
    },
  ],
  failedAudits: { performance: [], accessibility: [], bestPractices: [], seo: [] },
  pageWeightBytes: 512_000,
  requestCount: 24,
  consoleErrorCount: 0,
};

let urlCounter = 0;
/** A new analysis, each from its own IP so the per-IP limit never interferes. */
async function newAnalysis(ip?: string): Promise<string> {
  urlCounter += 1;
  ip ??= `203.0.113.${urlCounter}`;
  const response = await api.submit({ url: `https://93.184.216.34/report-${urlCounter}` }, { ip });
  expect(response.status).toBe(202);
  // A fixture: its own event is not what the tests look at.
  events.sent.length = 0;
  return ((await response.json()) as { id: string }).id;
}

async function finish(id: string): Promise<void> {
  await stack.sql`
    update public.url_analyses set status = 'done', stage = 'done', progress = 100, result = ${stack.sql.json(report as never)},
      final_url = 'https://www.example.com/', screenshot_object = ${`${id}.jpg`}, finished_at = now()
    where id = ${id}`;
}

describe("GET /api/analyze/:id", () => {
  it("reports a queued analysis with exactly the public fields", async () => {
    const id = await newAnalysis();
    const response = await api.status(id);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      id,
      url: `https://93.184.216.34/report-${urlCounter}`,
      status: "queued",
      progress: 0,
      stage: "queued",
      emailGiven: false,
    });
  });

  it("follows the progress the job writes", async () => {
    const id = await newAnalysis();
    await stack.sql`update public.url_analyses set status = 'running', stage = 'auditing', progress = 55
      where id = ${id}`;
    expect(await (await api.status(id)).json()).toMatchObject({ status: "running", stage: "auditing", progress: 55 });
  });

  it("shows only the scores of a finished report until an email is given, then all of it", async () => {
    const id = await newAnalysis();
    await finish(id);
    const before = (await (await api.status(id)).json()) as Record<string, unknown>;
    expect(before).toEqual({
      id,
      url: expect.any(String),
      status: "done",
      progress: 100,
      stage: "done",
      result: { scores: report.scores },
      finalUrl: "https://www.example.com/",
      screenshotUrl: `${stack.apiUrl}/storage/v1/object/public/analysis-screenshots/${id}.jpg`,
      emailGiven: false,
    });

    const gate = await api.giveEmail(id, { email: "dora@lead.test" }, { ip: "198.51.100.60" });
    expect(gate.status).toBe(200);
    expect(await gate.json()).toEqual({ emailGiven: true });
    const after = (await (await api.status(id)).json()) as Record<string, unknown>;
    expect(after).toMatchObject({ emailGiven: true, result: report });
  });

  it("gives the reason of a failed analysis", async () => {
    const id = await newAnalysis();
    await stack.sql`update public.url_analyses set status = 'failed', stage = 'failed', failure_reason = 'timeout'
      where id = ${id}`;
    expect(await (await api.status(id)).json()).toMatchObject({ status: "failed", failureReason: "timeout" });
  });

  it.each([
    ["an unknown id", "00000000-0000-4000-8000-00000000dead"],
    ["a malformed id", "not-a-uuid"],
    ["an injection attempt", "1' or '1'='1"],
  ])("answers 404 for %s", async (_, id) => {
    expect(await errorOf(await api.status(id, { headers: { "accept-language": "en" } }))).toEqual({
      status: 404,
      code: "not_found",
      message: "Analysis not found.",
    });
  });

  it("stays quick enough to poll", async () => {
    const id = await newAnalysis();
    const rounds = 50;
    const started = performance.now();
    for (let i = 0; i < rounds; i++) expect((await api.status(id)).status).toBe(200);
    const perRequest = (performance.now() - started) / rounds;
    console.log(`GET /api/analyze/:id: ${perRequest.toFixed(1)} ms per request over ${rounds} (local stack)`);
  });
});

describe("POST /api/analyze/:id/lead", () => {
  it("records the lead for the analysis, with consent, and announces it", async () => {
    const id = await newAnalysis();
    const response = await api.giveEmail(
      id,
      { email: "Eva@Lead.test", consent: true, consentTextVersion: "analyzer-2026-11", locale: "en" },
      { ip: "198.51.100.61" },
    );
    expect(response.status).toBe(200);
    const [lead] = await stack.sql`
      select l.id, l.email::text as email, l.locale, l.consent_at is not null as consented, l.consent_text_version
      from public.url_analyses a join public.leads l on l.id = a.lead_id where a.id = ${id}`;
    expect(lead).toMatchObject({
      email: "eva@lead.test",
      locale: "en",
      consented: true,
      consent_text_version: "analyzer-2026-11",
    });
    expect(events.sent).toEqual([
      { name: "leads/lead.captured", data: { leadId: lead!.id }, id: `lead-captured:${lead!.id}:${id}` },
    ]);
  });

  it("answers 503 when the lead cannot be announced, keeps the lead, and announces it on retry", async () => {
    const id = await newAnalysis();
    events.fail = true;
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await errorOf(await api.giveEmail(id, { email: "ivo@lead.test" }))).toMatchObject({
      status: 503,
      code: "unavailable",
    });
    logged.mockRestore();
    events.fail = false;
    const [lead] = await stack.sql<[{ id: string }]>`select id from public.leads where email = 'ivo@lead.test'`;
    expect(lead).toBeDefined();
    expect((await api.giveEmail(id, { email: "ivo@lead.test" })).status).toBe(200);
    expect(events.sent).toEqual([
      { name: "leads/lead.captured", data: { leadId: lead.id }, id: `lead-captured:${lead.id}:${id}` },
    ]);
  });

  it("refuses an unknown analysis, an invalid email and consent without its text version, writing nothing", async () => {
    const id = await newAnalysis();
    const [{ before }] = await stack.sql<[{ before: number }]>`select count(*)::int as before from public.leads`;
    expect(
      await errorOf(await api.giveEmail("00000000-0000-4000-8000-00000000beef", { email: "fe@lead.test" })),
    ).toMatchObject({ status: 404, code: "not_found" });
    expect(await errorOf(await api.giveEmail(id, { email: "nope" }))).toMatchObject({
      status: 400,
      code: "invalid_email",
    });
    expect(await errorOf(await api.giveEmail(id, { email: "fe@lead.test", consent: true }))).toMatchObject({
      status: 400,
      code: "invalid_request",
    });
    const [{ after }] = await stack.sql<[{ after: number }]>`select count(*)::int as after from public.leads`;
    expect(after).toBe(before);
    expect(events.sent).toEqual([]);
  });

  it("limits emails given per IP (10 a day) with 429 and Retry-After", async () => {
    const id = await newAnalysis();
    const ip = "198.51.100.62";
    for (let i = 0; i < 10; i++) {
      expect((await api.giveEmail(id, { email: `visitor${i}@lead.test` }, { ip })).status).toBe(200);
    }
    const refused = await api.giveEmail(id, { email: "visitor10@lead.test" }, { ip });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(86_400 - 60);
    expect(await errorOf(refused)).toMatchObject({
      code: "rate_limited",
      message: "Você atingiu o limite de e-mails informados por dia. Tente de novo em 24 h.",
    });
    const [{ n }] = await stack.sql<[{ n: number }]>`
      select count(*)::int as n from public.leads where email = 'visitor10@lead.test'`;
    expect(n).toBe(0);
  });

  it("limits each email address (5 a day), whatever the IP", async () => {
    const id = await newAnalysis();
    for (let i = 0; i < 5; i++) {
      expect((await api.giveEmail(id, { email: "gil@lead.test" }, { ip: `198.51.100.${70 + i}` })).status).toBe(200);
    }
    expect((await api.giveEmail(id, { email: "GIL@lead.test" }, { ip: "198.51.100.80" })).status).toBe(429);
  });

  it("charges an email given with a cached submission to the email gate, not to the analysis limits", async () => {
    const id = await newAnalysis("198.51.100.90");
    const url = `https://93.184.216.34/report-${urlCounter}`;
    const ip = "198.51.100.91";
    const response = await api.submit({ url, email: "hugo@lead.test" }, { ip });
    expect(await response.json()).toEqual({ id, status: "queued" });
    const hits = await stack.sql<{ bucket: string; n: number }[]>`
      select bucket, count(*)::int as n from public.rate_limit_hits
      where subject_hash in (${api.ipHash(ip)}, ${api.emailHash("hugo@lead.test")}) group by bucket order by bucket`;
    expect(hits).toEqual([
      { bucket: "analysis_email:email", n: 1 },
      { bucket: "analysis_email:ip", n: 1 },
    ]);
    expect(await (await api.status(id)).json()).toMatchObject({ emailGiven: true });
  });
});
