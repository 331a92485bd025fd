import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startFakeHttpServer, type FakeHttpServer, type FakeReply } from "@/tests/support/fake-http-server";
import { stackForThisFile } from "@/tests/support/stack";
import { configureLeadApp, insertAnalysis } from "./lead-fixtures";

const stack = stackForThisFile();
/** Answers like Resend, except for the failures a test scripts first. */
let resend: FakeHttpServer;
const scripted: FakeReply[] = [];
let outbox: {
  claimDueEmails: typeof import("@/src/email/outbox/claim-due-emails").claimDueEmails;
  deliverOutboxEmail: typeof import("@/src/email/outbox/deliver-outbox-email").deliverOutboxEmail;
  captureLead: typeof import("@/src/leads/capture-lead").captureLead;
  withAnon: typeof import("@/src/db/with-user").withAnon;
};

beforeAll(async () => {
  let sent = 0;
  resend = await startFakeHttpServer(() => scripted.shift() ?? { status: 200, body: { id: `resend-${++sent}` } });
  configureLeadApp(stack, { RESEND_API_KEY: "re_test_retries", RESEND_BASE_URL: resend.url });
  vi.resetModules();
  const [claim, deliver, capture, db] = await Promise.all([
    import("@/src/email/outbox/claim-due-emails"),
    import("@/src/email/outbox/deliver-outbox-email"),
    import("@/src/leads/capture-lead"),
    import("@/src/db/with-user"),
  ]);
  outbox = {
    claimDueEmails: claim.claimDueEmails,
    deliverOutboxEmail: deliver.deliverOutboxEmail,
    captureLead: capture.captureLead,
    withAnon: db.withAnon,
  };
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
  await resend.close();
});

beforeEach(async () => {
  resend.requests.length = 0;
  scripted.length = 0;
  // Each test starts from an empty queue.
  await stack.sql`update public.email_outbox set status = 'cancelled' where status = 'queued'`;
});

const MINUTE = 60_000;

/** Queues a welcome email the way the funnel does, and returns its idempotency key. */
async function queueWelcome(email: string): Promise<string> {
  const analysisId = await insertAnalysis(stack, `https://${email.split("@")[0]}.test/`);
  const { leadId } = await outbox.withAnon((tx) =>
    outbox.captureLead(tx, { email, locale: "pt-BR", source: "analyzer", consent: false, analysisId }),
  );
  return `welcome:${leadId}:${analysisId}`;
}

/** One sender pass at `now`, as the job does it: claim, then deliver each. */
async function sendAt(now: Date) {
  const claimed = await outbox.claimDueEmails({ now, limit: 25 });
  return Promise.all(claimed.map((email) => outbox.deliverOutboxEmail(email, now)));
}

async function row(key: string) {
  const [found] = await stack.sql<
    { status: string; attempts: number; send_after: Date; last_error: string | null; provider_id: string | null }[]
  >`select status, attempts, send_after, last_error, provider_id from public.email_outbox where idempotency_key = ${key}`;
  return found;
}

describe("the outbox when sending fails", () => {
  it("retries a provider fault and a rate limit with growing backoff, then sends with the same key", async () => {
    const key = await queueWelcome("ana@retry.test");
    const t0 = new Date(Date.now() + MINUTE);
    scripted.push(
      { status: 500, body: { statusCode: 500, name: "internal_server_error", message: "Unexpected error" } },
      { status: 429, body: { statusCode: 429, name: "rate_limit_exceeded", message: "Too many requests" } },
    );

    expect(await sendAt(t0)).toEqual([expect.objectContaining({ result: "retrying" })]);
    expect(await row(key)).toMatchObject({
      status: "queued",
      attempts: 1,
      send_after: new Date(t0.getTime() + MINUTE),
      last_error: "rejected: Resend: Unexpected error",
    });
    // Not due yet half a minute later.
    expect(await sendAt(new Date(t0.getTime() + MINUTE / 2))).toEqual([]);

    const t1 = new Date(t0.getTime() + MINUTE);
    expect(await sendAt(t1)).toEqual([expect.objectContaining({ result: "retrying" })]);
    expect(await row(key)).toMatchObject({ attempts: 2, send_after: new Date(t1.getTime() + 2 * MINUTE) });

    const t2 = new Date(t1.getTime() + 2 * MINUTE);
    expect(await sendAt(t2)).toEqual([expect.objectContaining({ result: "sent" })]);
    expect(await row(key)).toMatchObject({ status: "sent", attempts: 3, last_error: null, provider_id: "resend-1" });
    expect(resend.requests.map((r) => r.headers["idempotency-key"])).toEqual([key, key, key]);
  });

  it("gives up at once on a refusal that retrying cannot fix", async () => {
    const key = await queueWelcome("bia@retry.test");
    scripted.push({ status: 422, body: { statusCode: 422, name: "validation_error", message: "Invalid `to` field." } });
    expect(await sendAt(new Date(Date.now() + MINUTE))).toEqual([expect.objectContaining({ result: "failed" })]);
    expect(await row(key)).toMatchObject({
      status: "failed",
      attempts: 1,
      last_error: "rejected: Resend: Invalid `to` field.",
    });
    expect(await sendAt(new Date(Date.now() + 60 * MINUTE))).toEqual([]);
  });

  it("stops retrying after eight attempts", async () => {
    const key = await queueWelcome("caio@retry.test");
    let now = new Date(Date.now() + MINUTE);
    for (let attempt = 1; attempt <= 8; attempt++) {
      scripted.push({ status: 503, body: { statusCode: 503, name: "service_unavailable", message: "Down" } });
      const [result] = await sendAt(now);
      expect(result?.result).toBe(attempt < 8 ? "retrying" : "failed");
      now = new Date((await row(key))!.send_after.getTime());
    }
    expect(await row(key)).toMatchObject({ status: "failed", attempts: 8 });
  });

  it("gives a claimed email back after the lease when its sender died, and sends it once with the same key", async () => {
    const key = await queueWelcome("dora@retry.test");
    const t0 = new Date(Date.now() + MINUTE);
    // A sender claims it and dies before sending.
    expect(await outbox.claimDueEmails({ now: t0, limit: 25 })).toHaveLength(1);
    expect(await sendAt(new Date(t0.getTime() + 5 * MINUTE))).toEqual([]);
    const results = await sendAt(new Date(t0.getTime() + 16 * MINUTE));
    expect(results).toEqual([expect.objectContaining({ result: "sent" })]);
    expect(await row(key)).toMatchObject({ status: "sent", attempts: 2 });
    expect(resend.requests.map((r) => r.headers["idempotency-key"])).toEqual([key]);
  });

  it("fails an email whose template nobody composes, without calling the provider", async () => {
    await stack.sql`
      insert into public.email_outbox (to_email, template, idempotency_key) values ('eva@retry.test', 'no-such', 'x:1')`;
    expect(await sendAt(new Date(Date.now() + MINUTE))).toEqual([expect.objectContaining({ result: "failed" })]);
    expect(await row("x:1")).toMatchObject({
      status: "failed",
      last_error: 'invalid_message: No composer for the email template "no-such"',
    });
    expect(resend.requests).toHaveLength(0);
  });
});
