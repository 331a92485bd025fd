import { createHash } from "node:crypto";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startFakeResend } from "@/tests/support/fake-resend";
import type { FakeHttpServer } from "@/tests/support/fake-http-server";
import { stackForThisFile } from "@/tests/support/stack";
import { createConfirmedUser } from "@/tests/support/users";
import { APP_URL, CONSENT_VERSION, configureLeadApp, doneResult, insertAnalysis, quietLogger } from "./lead-fixtures";

const stack = stackForThisFile();
let resend: FakeHttpServer;
let app: {
  sendQueuedEmails: typeof import("@/inngest/functions/send-queued-emails").sendQueuedEmails;
  leadCaptured: typeof import("@/inngest/client").leadCaptured;
  LocalScheduler: typeof import("@/src/jobs/local-scheduler").LocalScheduler;
  captureLead: typeof import("@/src/leads/capture-lead").captureLead;
  withAnon: typeof import("@/src/db/with-user").withAnon;
  queueDueNurtureEmails: typeof import("@/src/leads/queue-due-nurture-emails").queueDueNurtureEmails;
  unsubscribe: typeof import("@/app/api/unsubscribe/route").POST;
};

beforeAll(async () => {
  resend = await startFakeResend();
  configureLeadApp(stack, { RESEND_API_KEY: "re_test_leads", RESEND_BASE_URL: resend.url });
  vi.resetModules();
  const [sender, client, scheduling, capture, db, queue, route] = await Promise.all([
    import("@/inngest/functions/send-queued-emails"),
    import("@/inngest/client"),
    import("@/src/jobs/local-scheduler"),
    import("@/src/leads/capture-lead"),
    import("@/src/db/with-user"),
    import("@/src/leads/queue-due-nurture-emails"),
    import("@/app/api/unsubscribe/route"),
  ]);
  app = {
    sendQueuedEmails: sender.sendQueuedEmails,
    leadCaptured: client.leadCaptured,
    LocalScheduler: scheduling.LocalScheduler,
    captureLead: capture.captureLead,
    withAnon: db.withAnon,
    queueDueNurtureEmails: queue.queueDueNurtureEmails,
    unsubscribe: route.POST,
  };
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
  await resend.close();
});

beforeEach(() => {
  resend.requests.length = 0;
});

interface ResendBody {
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  tags: { name: string; value: string }[];
  headers: Record<string, string>;
}

const bodies = () => resend.requests.map((r) => r.body as ResendBody);

function capture(email: string, options: { analysisId?: string; consent?: boolean; locale?: "pt-BR" | "en" } = {}) {
  return app.withAnon((tx) =>
    app.captureLead(tx, {
      email,
      locale: options.locale ?? "pt-BR",
      source: "analyzer",
      consent: options.consent ?? false,
      consentTextVersion: options.consent ? CONSENT_VERSION : undefined,
      analysisId: options.analysisId,
    }),
  );
}

/** The sender as Inngest runs it, at `now`: woken by the event the API sends after capturing a lead. */
async function runSender(options: { now?: Date; leadId?: string; schedulers?: number } = {}) {
  const schedulers = Array.from(
    { length: options.schedulers ?? 1 },
    () =>
      new app.LocalScheduler({
        functions: [app.sendQueuedEmails],
        now: () => options.now ?? new Date(),
        logger: quietLogger,
      }),
  );
  await Promise.all(
    schedulers.map((s) =>
      options.leadId ? s.send([app.leadCaptured.create({ leadId: options.leadId })]) : Promise.resolve(s.tick()),
    ),
  );
  await Promise.all(schedulers.map((s) => s.idle()));
  const runs = schedulers.flatMap((s) => s.history());
  expect(runs.every((r) => r.status === "succeeded")).toBe(true);
  return runs;
}

function oneClickToken(body: ResendBody): string {
  const match = /^<https:\/\/arco\.test\/api\/unsubscribe\?token=([\w-]{43})>$/.exec(
    body.headers["List-Unsubscribe"] ?? "",
  );
  if (!match?.[1]) throw new Error(`No one-click URL in ${JSON.stringify(body.headers)}`);
  return match[1];
}

function postUnsubscribe(token: string) {
  return app.unsubscribe(
    new NextRequest(`${APP_URL}/api/unsubscribe?token=${token}`, {
      method: "POST",
      body: "List-Unsubscribe=One-Click",
    }),
  );
}

async function outboxRow(key: string) {
  const [row] = await stack.sql<
    { status: string; attempts: number; provider_id: string | null; sent_at: Date | null; last_error: string | null }[]
  >`select status, attempts, provider_id, sent_at, last_error from public.email_outbox where idempotency_key = ${key}`;
  return row;
}

describe("send-queued-emails through Resend", () => {
  it("sends the welcome email: report link, scores, sign-up, plain text, one-click headers, idempotency key", async () => {
    const analysisId = await insertAnalysis(stack, "https://loja.test/", doneResult);
    const { leadId } = await capture("Ana@Loja.Test", { analysisId });
    await runSender({ leadId });

    expect(resend.requests).toHaveLength(1);
    const [request] = resend.requests;
    expect(request).toMatchObject({ method: "POST", path: "/emails" });
    expect(request?.headers.authorization).toBe("Bearer re_test_leads");
    expect(request?.headers["idempotency-key"]).toBe(`welcome:${leadId}:${analysisId}`);
    const [body] = bodies();
    expect(body).toMatchObject({
      from: "Arco <no-reply@arco.local>",
      to: ["Ana@Loja.Test"],
      subject: "Seu relatório de www.loja.test",
      tags: [{ name: "category", value: "lead-welcome" }],
      headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });
    const signUp = `${APP_URL}/sign-up?email=Ana%40Loja.Test&amp;analysis=${analysisId}`;
    expect(body?.html).toContain(`href="${APP_URL}/r/${analysisId}"`);
    expect(body?.html).toContain(`href="${signUp}"`);
    expect(body?.html).toContain('lang="pt-BR"');
    expect(body?.html).toMatch(/Performance<\/td>.*?62 · precisa melhorar/s);
    expect(body?.html).toMatch(/SEO<\/td>.*?45 · ruim/s);
    // The plain-text part carries the same essentials.
    expect(body?.text).toContain(`${APP_URL}/r/${analysisId}`);
    expect(body?.text).toContain("Boas práticas");
    expect(body?.text).toContain(`${APP_URL}/unsubscribe?token=${oneClickToken(body!)}`);
    expect(await outboxRow(`welcome:${leadId}:${analysisId}`)).toMatchObject({
      status: "sent",
      attempts: 1,
      provider_id: "fake-resend-1",
      sent_at: expect.any(Date),
      last_error: null,
    });

    // Only the token's sha256 is stored, and the link in the header works.
    const token = oneClickToken(body!);
    const [lead] = await stack.sql`select unsubscribe_token_hash from public.leads where id = ${leadId}`;
    expect(lead?.unsubscribe_token_hash).toBe(createHash("sha256").update(token).digest("hex"));
    expect((await postUnsubscribe(token)).status).toBe(200);
    const [after] = await stack.sql`select status from public.leads where id = ${leadId}`;
    expect(after?.status).toBe("unsubscribed");
  });

  it("sends nothing more on the next run", async () => {
    await runSender();
    expect(resend.requests).toHaveLength(0);
  });

  it("says the report is still being prepared, in English, while the analysis runs", async () => {
    const analysisId = await insertAnalysis(stack, "https://slow.test/");
    const { leadId } = await capture("ben@slow.test", { analysisId, locale: "en" });
    await runSender({ leadId });
    const [body] = bodies();
    expect(body?.subject).toBe("Your report for slow.test");
    expect(body?.html).toContain('lang="en"');
    expect(body?.html).toContain("The analysis was still running when we sent this email");
    expect(body?.html).not.toContain("Lighthouse scores");
  });

  it("lets concurrent senders share the queue without sending any email twice", async () => {
    const emails = ["c1", "c2", "c3", "c4", "c5", "c6"].map((n) => `${n}@many.test`);
    for (const email of emails)
      await capture(email, { analysisId: await insertAnalysis(stack, `https://${email}.test/`) });
    await runSender({ schedulers: 3 });
    const keys = resend.requests.map((r) => r.headers["idempotency-key"]);
    expect(keys).toHaveLength(6);
    expect(new Set(keys).size).toBe(6);
    expect(
      bodies()
        .flatMap((b) => b.to)
        .sort(),
    ).toEqual(emails);
  });

  it("cancels a queued nurture email of a lead who unsubscribed or signed up before it went out", async () => {
    const bia = await capture("bia@stop.test", {
      consent: true,
      analysisId: await insertAnalysis(stack, "https://bia.test/"),
    });
    const caio = await capture("caio@stop.test", {
      consent: true,
      analysisId: await insertAnalysis(stack, "https://caio.test/"),
    });
    const gil = await capture("gil@stop.test", {
      consent: true,
      analysisId: await insertAnalysis(stack, "https://gil.test/"),
    });
    await runSender();
    const biaToken = oneClickToken(bodies().find((b) => b.to[0] === "bia@stop.test")!);
    resend.requests.length = 0;

    // On a minute, as a cron slot is.
    const dayThree = new Date(Math.ceil((Date.now() + 4 * 24 * 60 * 60_000) / 60_000) * 60_000);
    expect((await app.queueDueNurtureEmails(dayThree)).queued).toBeGreaterThanOrEqual(3);
    // After the nurture emails were queued, and before the sender ran:
    expect((await postUnsubscribe(biaToken)).status).toBe(200);
    await createConfirmedUser(stack, "caio@stop.test");
    await runSender({ now: dayThree });

    expect(bodies().flatMap((b) => b.to)).toContain("gil@stop.test");
    expect(bodies().flatMap((b) => b.to)).not.toContain("bia@stop.test");
    expect(bodies().flatMap((b) => b.to)).not.toContain("caio@stop.test");
    expect(await outboxRow(`nurture:${bia.leadId}:3`)).toMatchObject({
      status: "cancelled",
      last_error: "lead unsubscribed",
    });
    expect(await outboxRow(`nurture:${caio.leadId}:3`)).toMatchObject({
      status: "cancelled",
      last_error: "lead converted",
    });
    expect(await outboxRow(`nurture:${gil.leadId}:3`)).toMatchObject({ status: "sent" });
    const gilEmail = bodies().find((b) => b.to[0] === "gil@stop.test");
    expect(gilEmail).toMatchObject({
      subject: "O que as Core Web Vitals medem (e por que o Google se importa)",
      tags: [
        { name: "category", value: "lead-nurture" },
        { name: "day", value: "3" },
      ],
      headers: {
        "List-Unsubscribe": expect.stringMatching(/^<https:\/\/arco\.test\/api\/unsubscribe\?token=[\w-]{43}>$/),
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    });
  });
});
