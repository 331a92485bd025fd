import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { VerifiedUser } from "@/src/auth/get-verified-user";
import type { AppEvent } from "@/inngest/client";
import { pointAppAt } from "@/tests/support/app-env";
import { startFakeOpenAI, type FakeOpenAI } from "@/tests/support/fake-openai";
import { dataOf, errorOf, submit } from "@/tests/support/server-actions";
import { stackForThisFile } from "@/tests/support/stack";
import { createConfirmedUser, signedInClaims } from "@/tests/support/users";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * AI insights end to end but for the scheduler: members request one (the plan and its daily allowance judged
 * by the database), the job's logic builds the figures from the organization's rows, asks OpenAI (the local
 * fake, through the official SDK) with the plan's key or the organization's own, keeps only real citations,
 * and meters the plan's usage in `ai_usage`.
 */
const stack = stackForThisFile();

let signedIn: VerifiedUser;
vi.mock("@/src/auth/get-verified-user", () => ({
  getVerifiedUser: async () => signedIn,
  requireUser: async () => signedIn,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "accept-language": "pt-BR" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {} }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
// The jobs run here by hand, so the events the app sends are only recorded.
const sent: AppEvent[] = [];
vi.mock("@/src/jobs/send-event", () => ({
  sendEvent: async (events: AppEvent | AppEvent[]) => {
    sent.push(...(Array.isArray(events) ? events : [events]));
    return { ids: [] };
  },
}));

function as(userId: string) {
  signedIn = { id: userId, email: `${userId}@client.test`, name: null, claims: signedInClaims(userId) } as VerifiedUser;
}

const PLAN_KEY = "sk-plan-key-for-tests-000000000001";
const OWN_KEY = "sk-proj-aurora-own-key-for-tests-7777";

let openai: FakeOpenAI;
let moda: OrganizationFixture;
let aurora: OrganizationFixture;
let clinica: OrganizationFixture;
let requestInsight: typeof import("@/src/ai/actions/request-insight").requestInsight;
let generateInsight: typeof import("@/src/ai/insights/generate-insight").generateInsight;
let queueMonthlyInsight: typeof import("@/src/ai/insights/queue-monthly-insight").queueMonthlyInsight;
let listInsights: typeof import("@/src/ai/queries/list-insights").listInsights;
let getAiUsage: typeof import("@/src/ai/queries/get-ai-usage").getAiUsage;

/** A month's report, an incident, a Lighthouse score and an open ticket: rows the figures come from. */
async function seedFigures(org: OrganizationFixture) {
  await stack.sql`
    insert into public.reports (org_id, period, status, object_name, generated_at, summary) values
      (${org.id}, date_trunc('month', now() - interval '2 months')::date, 'ready', ${`${org.id}/old.pdf`}, now(),
        '{"uptime_percent": 99.2, "performance_score": 61, "tickets_opened": 9}'),
      (${org.id}, date_trunc('month', now() - interval '1 month')::date, 'ready', ${`${org.id}/last.pdf`}, now(),
        '{"uptime_percent": 99.95, "performance_score": 78, "tickets_opened": 4}')`;
  await stack.sql`
    insert into public.incidents (org_id, title, severity, started_at, resolved_at)
    values (${org.id}, 'Checkout fora do ar', 'major', now() - interval '3 days', now() - interval '3 days' + interval '12 minutes')`;
  await stack.sql`
    insert into public.performance_metrics (org_id, url, measured_at, performance_score, source) values
      (${org.id}, 'https://loja.example/', now() - interval '8 days', 64, 'lighthouse'),
      (${org.id}, 'https://loja.example/', now() - interval '1 day', 81, 'lighthouse')`;
}

/** Requests an insight as `userId` and runs its job now. */
async function requestAndGenerate(userId: string, slug: string) {
  as(userId);
  const { id } = dataOf<{ id: string }>(await submit(requestInsight, { org: slug }));
  return { id, outcome: await generateInsight(id) };
}

beforeAll(async () => {
  openai = await startFakeOpenAI([PLAN_KEY, OWN_KEY]);
  pointAppAt(stack);
  Object.assign(process.env, { OPENAI_BASE_URL: openai.baseURL, OPENAI_API_KEY: PLAN_KEY });
  vi.resetModules();
  requestInsight = (await import("@/src/ai/actions/request-insight")).requestInsight;
  ({ generateInsight } = await import("@/src/ai/insights/generate-insight"));
  ({ queueMonthlyInsight } = await import("@/src/ai/insights/queue-monthly-insight"));
  ({ listInsights } = await import("@/src/ai/queries/list-insights"));
  ({ getAiUsage } = await import("@/src/ai/queries/get-ai-usage"));
  moda = await createOrganization(stack, { slug: "moda", tier: "pro" });
  aurora = await createOrganization(stack, { slug: "aurora", tier: "enterprise" });
  clinica = await createOrganization(stack, { slug: "clinica", tier: "basic" });
  await stack.sql`update public.organizations set locale = 'en' where id = ${aurora.id}`;
  await seedFigures(moda);
  await seedFigures(aurora);
});

afterAll(async () => {
  delete process.env.OPENAI_API_KEY;
  delete process.env.OPENAI_BASE_URL;
  await openai?.close();
});

describe("asking for an insight", () => {
  it("is refused on Basic with the tier limit, so the page offers the upgrade", async () => {
    as(clinica.users.member);
    const refusal = errorOf(await submit(requestInsight, { org: "clinica" }));
    expect(refusal.code).toBe("tier_limit_exceeded");
    expect(refusal.tierLimit?.limit).toBe("ai_insights");
  });

  it("queues Pro in the standard lane and Enterprise in the priority one", async () => {
    as(moda.users.member);
    dataOf(await submit(requestInsight, { org: "moda" }));
    as(aurora.users.member);
    dataOf(await submit(requestInsight, { org: "aurora" }));
    expect(sent.map((event) => event.name)).toEqual(["ai/insight.requested", "ai/insight.requested.priority"]);
    await stack.sql`delete from public.ai_insights`;
    sent.length = 0;
  });
});

describe("a written insight", () => {
  let insightId: string;

  it("cites only the figures it was given, each linked to a real row of the organization", async () => {
    const { id, outcome } = await requestAndGenerate(moda.users.member, "moda");
    insightId = id;
    expect(outcome).toMatchObject({ status: "ready", keySource: "plan", droppedCitations: 1 });
    const [insight] = await listInsights(await requestDbAs(moda.users.member), moda.id);
    expect(insight!.status).toBe("ready");
    const ids = new Set(insight!.figures.map((figure) => figure.id));
    const citations = insight!.content!.paragraphs.flatMap((paragraph) => paragraph.citations);
    expect(citations.length).toBeGreaterThan(0);
    expect(citations.every((citation) => ids.has(citation))).toBe(true);
    expect(JSON.stringify(insight!.content)).not.toContain("F999");
    for (const figure of insight!.figures.filter((f) => citations.includes(f.id))) {
      const [row] = await stack.sql.unsafe<{ org_id: string }[]>(
        `select org_id from public.${figure.source.table} where id = $1`,
        [figure.source.id],
      );
      expect(row?.org_id).toBe(moda.id);
    }
    expect(insight!.figures.map((figure) => figure.source.table)).toEqual(
      expect.arrayContaining(["reports", "incidents", "performance_metrics"]),
    );
  });

  it("asks the model to write in the organization's language", async () => {
    const system = (openai.requests.at(-1)!.body as { messages: Array<{ content: string }> }).messages[0]!.content;
    expect(system).toContain("Brazilian Portuguese");
    const [insight] = await listInsights(await requestDbAs(moda.users.member), moda.id);
    expect(insight!.content!.headline).toBe("Um mês mais estável");
  });

  it("meters the plan's key: tokens and cost in the organization's month", async () => {
    const usage = await getAiUsage(await requestDbAs(moda.users.owner), moda.id, "America/Sao_Paulo");
    expect(usage.models).toHaveLength(1);
    expect(usage.models[0]).toMatchObject({ model: "gpt-4o-mini", requests: 1 });
    expect(usage.tokens).toBeGreaterThan(100);
    expect(usage.costUsd).toBeGreaterThan(0);
    expect(openai.keysUsed("/v1/chat")).toEqual([PLAN_KEY]);
    // The agency's staff read it too (the admin's client page shows it).
    const staffId = await createConfirmedUser(stack, "sergio@agency.test");
    await stack.sql`insert into public.staff (user_id, role) values (${staffId}, 'developer')`;
    const seenByStaff = await getAiUsage(await requestDbAs(staffId), moda.id, "America/Sao_Paulo");
    expect(seenByStaff.costUsd).toBe(usage.costUsd);
  });

  it("is written once: a re-delivered job does nothing and meters nothing more", async () => {
    expect(await generateInsight(insightId)).toEqual({ status: "already_done" });
    const [row] = await stack.sql<
      { requests: number }[]
    >`select requests from public.ai_usage where org_id = ${moda.id}`;
    expect(row!.requests).toBe(1);
  });
});

describe("an organization's own key", () => {
  it("is used instead of the plan's, is not metered, and the insight says so", async () => {
    const { saveOpenaiKey } = await import("@/src/ai/byok/save-openai-key");
    await saveOpenaiKey(await requestDbAs(aurora.users.owner), aurora.id, OWN_KEY);
    const { outcome } = await requestAndGenerate(aurora.users.member, "aurora");
    expect(outcome).toMatchObject({ status: "ready", keySource: "byok" });
    expect(openai.keysUsed("/v1/chat").at(-1)).toBe(OWN_KEY);
    const [usage] = await stack.sql<
      { n: number }[]
    >`select count(*)::int as n from public.ai_usage where org_id = ${aurora.id}`;
    expect(usage!.n).toBe(0);
    const [insight] = await listInsights(await requestDbAs(aurora.users.member), aurora.id);
    expect(insight).toMatchObject({ keySource: "byok", lane: "priority" });
    expect(insight!.content!.headline).toBe("A steadier month");
  });
});

describe("answers that cannot be trusted, limits and the monthly run", () => {
  it("refuses an answer whose every citation is made up, and still meters the call", async () => {
    openai.answerChat(() =>
      JSON.stringify({ headline: "Invented", paragraphs: [{ text: "Sales tripled [F77].", citations: ["F77"] }] }),
    );
    const before = await getAiUsage(await requestDbAs(moda.users.owner), moda.id, "America/Sao_Paulo");
    const { id, outcome } = await requestAndGenerate(moda.users.member, "moda");
    expect(outcome).toEqual({ status: "failed", reason: "uncited_answer" });
    const [row] = await stack.sql<{ status: string; content: unknown }[]>`
      select status, content from public.ai_insights where id = ${id}`;
    expect(row).toEqual({ status: "failed", content: null });
    const after = await getAiUsage(await requestDbAs(moda.users.owner), moda.id, "America/Sao_Paulo");
    expect(after.requests).toBe(before.requests + 1);
  });

  it("rate-limits on-demand requests per plan, in the database", async () => {
    await stack.sql`update public.plans set features = features || '{"ai_insights_per_day": 2}'::jsonb where key = 'pro'`;
    as(moda.users.member);
    const refusal = errorOf(await submit(requestInsight, { org: "moda" }));
    expect(refusal.code).toBe("rate_limited");
    await stack.sql`update public.plans set features = features || '{"ai_insights_per_day": 5}'::jsonb where key = 'pro'`;
  });

  it("queues one monthly insight per organization and month, and none without the feature", async () => {
    const first = await queueMonthlyInsight(moda.id, "2026-11");
    const again = await queueMonthlyInsight(moda.id, "2026-11");
    expect(first?.insightId).toBeDefined();
    expect(again?.insightId).toBe(first!.insightId);
    expect(await queueMonthlyInsight(clinica.id, "2026-11")).toBeNull();
    expect(await generateInsight(first!.insightId)).toMatchObject({ status: "failed" });
    expect(await queueMonthlyInsight(moda.id, "2026-11")).toBeNull();
  });
});

describe("without any OpenAI key", () => {
  it("ends the insight as not configured and the run as skipped", async () => {
    delete process.env.OPENAI_API_KEY;
    vi.resetModules();
    const { generateInsight: generateWithoutKey } = await import("@/src/ai/insights/generate-insight");
    const [row] = await stack.sql<{ id: string }[]>`
      insert into public.ai_insights (org_id, locale) values (${moda.id}, 'pt-BR') returning id`;
    expect(await generateWithoutKey(row!.id)).toEqual({ status: "skipped", reason: "openai_not_configured" });
    const [after] = await stack.sql<{ status: string; failure_reason: string }[]>`
      select status, failure_reason from public.ai_insights where id = ${row!.id}`;
    expect(after).toEqual({ status: "failed", failure_reason: "openai_not_configured" });
  });
});
