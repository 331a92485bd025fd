import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { stackForThisFile } from "@/tests/support/stack";
import { CONSENT_VERSION, configureLeadApp, insertAnalysis } from "./lead-fixtures";

const stack = stackForThisFile();
let captureLead: typeof import("@/src/leads/capture-lead").captureLead;
let withAnon: typeof import("@/src/db/with-user").withAnon;
let queueDueNurtureEmails: typeof import("@/src/leads/queue-due-nurture-emails").queueDueNurtureEmails;

beforeAll(async () => {
  configureLeadApp(stack);
  vi.resetModules();
  ({ captureLead } = await import("@/src/leads/capture-lead"));
  ({ withAnon } = await import("@/src/db/with-user"));
  ({ queueDueNurtureEmails } = await import("@/src/leads/queue-due-nurture-emails"));
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

type Input = Parameters<typeof captureLead>[1];

/** Drizzle wraps a database error in "Failed query: …"; Postgres' own message is its cause. */
async function databaseError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => expect.fail("expected the database to refuse"),
    (e: unknown) => e as { cause?: { message?: string } },
  );
  return error.cause?.message ?? "";
}

/** As the public API does it: inside an anonymous visitor's transaction. */
function capture(input: Partial<Input> & Pick<Input, "email">) {
  return withAnon((tx) => captureLead(tx, { locale: "pt-BR", source: "analyzer", consent: false, ...input }));
}

async function lead(email: string) {
  const [row] = await stack.sql<
    {
      id: string;
      email: string;
      source: string;
      first_url: string | null;
      utm: Record<string, string>;
      consent_at: Date | null;
      consent_text_version: string | null;
      locale: string;
      status: string;
    }[]
  >`select id, email::text, source, first_url, utm, consent_at, consent_text_version, locale, status
    from public.leads where email = ${email}::citext`;
  return row;
}

async function outboxOf(leadId: string) {
  return stack.sql<{ template: string; idempotency_key: string; to_email: string; locale: string; payload: object }[]>`
    select template, idempotency_key, to_email, locale, payload from public.email_outbox
    where payload ->> 'leadId' = ${leadId} order by created_at, idempotency_key`;
}

describe("captureLead", () => {
  it("creates a lead with its consent, links the analysis and queues the welcome email", async () => {
    const analysisId = await insertAnalysis(stack, "https://loja.test/");
    const result = await capture({
      email: "  Ana@Loja.Test ",
      url: "https://loja.test/",
      utm: { utm_source: "google", utm_campaign: "black-friday", gclid: "dropped", utm_medium: " " },
      consent: true,
      consentTextVersion: CONSENT_VERSION,
      analysisId,
    });

    expect(result).toEqual({ leadId: expect.any(String), created: true });
    const row = await lead("ana@loja.test");
    expect(row).toMatchObject({
      id: result.leadId,
      email: "Ana@Loja.Test",
      source: "analyzer",
      first_url: "https://loja.test/",
      utm: { utm_source: "google", utm_campaign: "black-friday" },
      consent_text_version: CONSENT_VERSION,
      locale: "pt-BR",
      status: "new",
    });
    expect(row?.consent_at).toBeInstanceOf(Date);
    const [analysis] = await stack.sql`select lead_id from public.url_analyses where id = ${analysisId}`;
    expect(analysis?.lead_id).toBe(result.leadId);
    expect(await outboxOf(result.leadId)).toEqual([
      {
        template: "lead-welcome",
        idempotency_key: `welcome:${result.leadId}:${analysisId}`,
        to_email: "Ana@Loja.Test",
        locale: "pt-BR",
        payload: { leadId: result.leadId, analysisId },
      },
    ]);
  });

  it("finds the same lead again, keeps the first attribution and never withdraws consent", async () => {
    const first = await lead("ana@loja.test");
    const analysisId = await insertAnalysis(stack, "https://outra.test/");
    const again = await capture({
      email: "ANA@loja.test",
      locale: "en",
      url: "https://outra.test/",
      utm: { utm_source: "newsletter" },
      consent: false,
      analysisId,
    });

    expect(again).toEqual({ leadId: first?.id, created: false });
    const row = await lead("ana@loja.test");
    expect(row).toMatchObject({
      email: "Ana@Loja.Test",
      first_url: "https://loja.test/",
      utm: { utm_source: "google", utm_campaign: "black-friday" },
      consent_text_version: CONSENT_VERSION,
      locale: "en",
    });
    expect(row?.consent_at?.getTime()).toBe(first?.consent_at?.getTime());
    // A new analysis gets its own report email; capturing the same one twice does not.
    await capture({ email: "ana@loja.test", locale: "en", consent: false, analysisId });
    const welcomes = (await outboxOf(again.leadId)).map((o) => o.idempotency_key);
    expect(welcomes).toHaveLength(2);
    expect(welcomes).toContain(`welcome:${again.leadId}:${analysisId}`);
  });

  it("records consent given on a later visit, with that visit's text version", async () => {
    const { leadId } = await capture({ email: "bia@loja.test", url: "https://bia.test/" });
    expect((await lead("bia@loja.test"))?.consent_at).toBeNull();
    await capture({ email: "bia@loja.test", consent: true, consentTextVersion: "analyzer-consent-2027-01" });
    const row = await lead("bia@loja.test");
    expect(row).toMatchObject({ id: leadId, consent_text_version: "analyzer-consent-2027-01" });
    expect(row?.consent_at).toBeInstanceOf(Date);
  });

  it("sends the report link without consent, but nurture only to leads that consented", async () => {
    const analysisId = await insertAnalysis(stack, "https://caio.test/");
    const { leadId: caio } = await capture({ email: "caio@loja.test", analysisId });
    expect((await outboxOf(caio)).map((o) => o.template)).toEqual(["lead-welcome"]);

    // Far enough ahead that every consented lead of this file is due its first step.
    const { queued } = await queueDueNurtureEmails(new Date(Date.now() + 40 * 24 * 60 * 60_000));
    expect(queued).toBe(2);
    expect((await outboxOf(caio)).map((o) => o.template)).toEqual(["lead-welcome"]);
    const ana = await lead("ana@loja.test");
    expect((await outboxOf(ana!.id)).filter((o) => o.template === "lead-nurture")).toEqual([
      expect.objectContaining({ idempotency_key: `nurture:${ana!.id}:3`, payload: { leadId: ana!.id, day: 3 } }),
    ]);
  });

  it("refuses consent without its text version, a malformed address or an unknown analysis, writing nothing", async () => {
    await expect(capture({ email: "dora@loja.test", consent: true })).rejects.toThrow(/consentTextVersion/);
    await expect(capture({ email: "not an address" })).rejects.toThrow();
    expect(
      await databaseError(capture({ email: "dora@loja.test", analysisId: "00000000-0000-4000-8000-00000000ffff" })),
    ).toMatch(/^analysis_not_found/);
    expect(await lead("dora@loja.test")).toBeUndefined();
  });

  it("runs as anon, who still cannot read the leads it wrote", async () => {
    expect(await databaseError(withAnon((tx) => tx.execute("select * from public.leads" as never)))).toMatch(
      /permission denied for table leads/,
    );
  });
});
