import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { stackForThisFile } from "@/tests/support/stack";
import { createConfirmedUser } from "@/tests/support/users";
import {
  CONSENT_VERSION,
  configureLeadApp,
  doneResult,
  insertAnalysis,
  quietLogger,
  saoPauloMorning,
} from "./lead-fixtures";

const stack = stackForThisFile();
let jobs: {
  nurtureLeads: typeof import("@/inngest/functions/nurture-leads").nurtureLeads;
  sendQueuedEmails: typeof import("@/inngest/functions/send-queued-emails").sendQueuedEmails;
};
let LocalScheduler: typeof import("@/src/jobs/local-scheduler").LocalScheduler;
let zonedDate: typeof import("@/src/jobs/zoned-time").zonedDate;
let captureLead: typeof import("@/src/leads/capture-lead").captureLead;
let withAnon: typeof import("@/src/db/with-user").withAnon;
let unsubscribeRoute: typeof import("@/app/api/unsubscribe/route");
let queueDueNurtureEmails: typeof import("@/src/leads/queue-due-nurture-emails").queueDueNurtureEmails;

beforeAll(async () => {
  configureLeadApp(stack);
  vi.resetModules();
  const [nurture, sender, scheduling, zoned, capture, db, route, queue] = await Promise.all([
    import("@/inngest/functions/nurture-leads"),
    import("@/inngest/functions/send-queued-emails"),
    import("@/src/jobs/local-scheduler"),
    import("@/src/jobs/zoned-time"),
    import("@/src/leads/capture-lead"),
    import("@/src/db/with-user"),
    import("@/app/api/unsubscribe/route"),
    import("@/src/leads/queue-due-nurture-emails"),
  ]);
  queueDueNurtureEmails = queue.queueDueNurtureEmails;
  jobs = { nurtureLeads: nurture.nurtureLeads, sendQueuedEmails: sender.sendQueuedEmails };
  LocalScheduler = scheduling.LocalScheduler;
  zonedDate = zoned.zonedDate;
  captureLead = capture.captureLead;
  withAnon = db.withAnon;
  unsubscribeRoute = route;
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

/**
 * One day of the calendar at the daily slot: two processes fire it at once (or a retry races the first
 * run), then it fires once more. Every run must succeed; duplicates must come to nothing.
 */
async function runDay(at: Date): Promise<void> {
  const scheduler = () =>
    new LocalScheduler({
      functions: [jobs.nurtureLeads, jobs.sendQueuedEmails],
      now: () => at,
      logger: quietLogger,
    });
  const [first, second, third] = [scheduler(), scheduler(), scheduler()];
  first.tick();
  second.tick();
  await Promise.all([first.idle(), second.idle()]);
  third.tick();
  await third.idle();
  const runs = [first, second, third].flatMap((s) => s.history());
  expect(runs.filter((r) => r.status !== "succeeded").map((r) => `${r.functionId}: ${r.error}`)).toEqual([]);
  expect(runs.filter((r) => r.functionId === "nurture-leads")).toHaveLength(3);
}

function tagged(message: { tags: string[] }, name: string): string | undefined {
  return message.tags.find((t) => t.startsWith(`${name}:`))?.slice(name.length + 1);
}

/** The nurture days a recipient got, oldest first, as the mailbox received them. */
function nurtureDaysOf(email: string): number[] {
  return stack.mailbox
    .list(email)
    .filter((m) => tagged(m, "category") === "lead-nurture")
    .map((m) => Number(tagged(m, "day")))
    .reverse();
}

function welcomesOf(email: string): number {
  return stack.mailbox.list(email).filter((m) => tagged(m, "category") === "lead-welcome").length;
}

async function capture(email: string, options: { consent: boolean; locale?: "pt-BR" | "en"; analysis: boolean }) {
  const analysisId = options.analysis
    ? await insertAnalysis(stack, `https://${email.split("@")[0]}.test/`, doneResult)
    : undefined;
  return withAnon((tx) =>
    captureLead(tx, {
      email,
      locale: options.locale ?? "pt-BR",
      source: "analyzer",
      consent: options.consent,
      consentTextVersion: options.consent ? CONSENT_VERSION : undefined,
      analysisId,
    }),
  );
}

describe("the nurture sequence over 31 days", () => {
  it(
    "sends days 3, 7, 14 and 30 once each, and nothing after an unsubscribe or a sign-up",
    { timeout: 180_000 },
    async () => {
      const start = zonedDate(new Date(), "America/Sao_Paulo");
      const ana = await capture("ana@nurture.test", { consent: true, analysis: true });
      const bia = await capture("bia@nurture.test", { consent: true, analysis: true });
      await capture("caio@nurture.test", { consent: true, analysis: true });
      await capture("dora@nurture.test", { consent: false, analysis: true });
      await capture("eva@nurture.test", { consent: true, locale: "en", analysis: false });

      // Which nurture email each consented lead received on which calendar day.
      const receivedOn = new Map<string, string[]>();
      for (let day = 0; day <= 31; day++) {
        await runDay(saoPauloMorning(start, day));
        for (const who of ["ana", "eva"]) {
          const days = nurtureDaysOf(`${who}@nurture.test`);
          const seen = receivedOn.get(who) ?? [];
          for (const nurtureDay of days.slice(seen.length)) seen.push(`day ${day}: email of day ${nurtureDay}`);
          receivedOn.set(who, seen);
        }
        if (day === 5) {
          // Caio signs up between the day-3 and day-7 emails.
          await createConfirmedUser(stack, "caio@nurture.test");
        }
        if (day === 8) {
          // Bia uses her mail client's one-click unsubscribe on the day-7 email.
          const [latest] = stack.mailbox.list("bia@nurture.test");
          expect(tagged(latest!, "day")).toBe("7");
          expect(latest?.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
          const url = /^<(.+)>$/.exec(latest?.headers?.["List-Unsubscribe"] ?? "")?.[1];
          expect(url).toMatch(/^https:\/\/arco\.test\/api\/unsubscribe\?token=[\w-]{43}$/);
          const response = await unsubscribeRoute.POST(
            new NextRequest(url!, { method: "POST", body: "List-Unsubscribe=One-Click" }),
          );
          expect(response.status).toBe(200);
        }
      }

      expect(nurtureDaysOf("ana@nurture.test")).toEqual([3, 7, 14, 30]);
      expect(nurtureDaysOf("eva@nurture.test")).toEqual([3, 7, 14, 30]);
      expect(nurtureDaysOf("bia@nurture.test")).toEqual([3, 7]);
      expect(nurtureDaysOf("caio@nurture.test")).toEqual([3]);
      expect(nurtureDaysOf("dora@nurture.test")).toEqual([]);
      for (const who of ["ana", "bia", "caio", "dora"]) expect(welcomesOf(`${who}@nurture.test`)).toBe(1);
      expect(welcomesOf("eva@nurture.test")).toBe(0);

      // Every email in the mailbox carries its plain-text part and the one-click unsubscribe headers.
      for (const message of stack.mailbox.list("ana@nurture.test")) {
        expect(message.text).toContain("https://arco.test/unsubscribe?token=");
        expect(message.headers).toEqual({
          "List-Unsubscribe": expect.stringMatching(/^<https:\/\/arco\.test\/api\/unsubscribe\?token=[\w-]{43}>$/),
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        });
      }
      // Each step went out on its own day of the São Paulo calendar, counted from the day of consent.
      const onSchedule = [3, 7, 14, 30].map((day) => `day ${day}: email of day ${day}`);
      expect(receivedOn.get("ana")).toEqual(onSchedule);
      expect(receivedOn.get("eva")).toEqual(onSchedule);
      const anaRows = await stack.sql<{ idempotency_key: string; status: string; attempts: number }[]>`
      select idempotency_key, status, attempts from public.email_outbox
      where payload ->> 'leadId' = ${ana.leadId} and template = 'lead-nurture' order by (payload ->> 'day')::int`;
      expect(anaRows).toEqual(
        [3, 7, 14, 30].map((day) => ({ idempotency_key: `nurture:${ana.leadId}:${day}`, status: "sent", attempts: 1 })),
      );
      const leads = await stack.sql<{ email: string; status: string; nurture_step: number; unsubscribed: boolean }[]>`
      select email::text, status, nurture_step, unsubscribed_at is not null as unsubscribed
      from public.leads where email like '%@nurture.test' order by email`;
      expect(leads).toEqual([
        { email: "ana@nurture.test", status: "nurturing", nurture_step: 4, unsubscribed: false },
        { email: "bia@nurture.test", status: "unsubscribed", nurture_step: 2, unsubscribed: true },
        { email: "caio@nurture.test", status: "converted", nurture_step: 1, unsubscribed: false },
        { email: "dora@nurture.test", status: "new", nurture_step: 0, unsubscribed: false },
        { email: "eva@nurture.test", status: "nurturing", nurture_step: 4, unsubscribed: false },
      ]);
      const [outbox] = await stack.sql<{ queued: number; rows: number; keys: number }[]>`
      select count(*) filter (where status = 'queued')::int as queued, count(*)::int as rows,
        count(distinct idempotency_key)::int as keys
      from public.email_outbox where to_email like '%@nurture.test'`;
      // 4 welcome emails (eva analyzed nothing) and 4 + 4 + 2 + 1 nurture emails, each key once.
      expect(outbox).toEqual({ queued: 0, rows: 15, keys: 15 });
      const [runs] = await stack.sql<{ count: number }[]>`
      select count(*)::int from public.job_runs where job = 'nurture-leads'`;
      expect(runs?.count).toBe(32);
      expect(bia.created).toBe(true);
    },
  );

  it("queues a step once however often, and however concurrently, the same day is retried", async () => {
    const start = zonedDate(new Date(), "America/Sao_Paulo");
    const { leadId } = await capture("fia@nurture.test", { consent: true, analysis: true });
    const dayThree = saoPauloMorning(start, 3);
    const concurrent = await Promise.all([1, 2, 3].map(() => queueDueNurtureEmails(dayThree)));
    const retried = await queueDueNurtureEmails(dayThree);
    // Later the same day (a retry hours after the slot) is no different.
    const evening = await queueDueNurtureEmails(new Date(dayThree.getTime() + 9 * 60 * 60_000));

    expect([...concurrent, retried, evening].reduce((sum, r) => sum + r.queued, 0)).toBe(1);
    const rows = await stack.sql`
      select idempotency_key from public.email_outbox where payload ->> 'leadId' = ${leadId} and template = 'lead-nurture'`;
    expect(rows.map((r) => r.idempotency_key)).toEqual([`nurture:${leadId}:3`]);
    // Day 7 is not due early just because day 3 ran.
    expect((await queueDueNurtureEmails(saoPauloMorning(start, 6))).queued).toBe(0);
    expect((await queueDueNurtureEmails(saoPauloMorning(start, 7))).queued).toBe(1);
  });
});
