import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { createConfirmedUser } from "@/tests/support/users";
import { createOrganization, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * check-ticket-sla on the local scheduler against a private stack: a ticket due within the hour warns its
 * assignee, an overdue unassigned one is marked breached and warns every staff member, answered and recent
 * tickets say nothing, and a slot run twice marks and sends nothing more.
 */
const stack = stackForThisFile();
let shop: OrganizationFixture;
let staff: { ana: string; bruno: string };
let jobs: {
  LocalScheduler: typeof import("@/src/jobs/local-scheduler").LocalScheduler;
  functions: import("inngest").InngestFunction.Any[];
};

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
const FIVE_MINUTES = 5 * 60_000;
const HOUR = 3_600_000;
// A */5 slot ahead of the wall clock, so the email sender (the later of slot and clock) sends at once.
const slot = new Date(Math.ceil(Date.now() / FIVE_MINUTES) * FIVE_MINUTES + 2 * FIVE_MINUTES);

async function runAt(when: Date) {
  const scheduler = new jobs.LocalScheduler({ functions: jobs.functions, now: () => when, logger: quiet });
  scheduler.tick();
  await scheduler.idle();
  return scheduler.history();
}

async function ticket(subject: string, ageHours: number, extra: { assignee?: string; answered?: boolean } = {}) {
  const createdAt = new Date(slot.getTime() - ageHours * HOUR);
  const [row] = await stack.sql<{ id: string }[]>`
    insert into public.support_tickets (org_id, subject, sla_hours, created_at, assignee_id, first_response_at)
    values (${shop.id}, ${subject}, 4, ${createdAt}, ${extra.assignee ?? null},
      ${extra.answered ? new Date(createdAt.getTime() + HOUR) : null})
    returning id`;
  return row!.id;
}

function slaMails() {
  return stack.mailbox
    .list()
    .filter((m) => m.subject.includes("First response due") || m.subject.includes("Response time missed"))
    .map((m) => ({ to: m.to[0], subject: m.subject.replace(/due at .*: /, "due at <time>: ") }))
    .sort((a, b) => `${a.to}${a.subject}`.localeCompare(`${b.to}${b.subject}`));
}

beforeAll(async () => {
  pointAppAt(stack);
  Object.assign(process.env, { APP_URL: "https://arco.test", MAILBOX_URL: `${stack.apiUrl}/mailbox` });
  vi.resetModules();
  const { LocalScheduler } = await import("@/src/jobs/local-scheduler");
  const { checkTicketSla } = await import("@/inngest/functions/check-ticket-sla");
  const { sendQueuedEmails } = await import("@/inngest/functions/send-queued-emails");
  jobs = { LocalScheduler, functions: [checkTicketSla, sendQueuedEmails] };

  shop = await createOrganization(stack, { slug: "shop", tier: "pro", roles: ["owner"] });
  staff = {
    ana: await createConfirmedUser(stack, "ana@agency.test"),
    bruno: await createConfirmedUser(stack, "bruno@agency.test"),
  };
  await stack.sql`insert into public.staff (user_id, role) values (${staff.ana}, 'developer'), (${staff.bruno}, 'admin')`;
  await stack.sql`update public.profiles set locale = 'en' where id in (${staff.ana}, ${staff.bruno})`;
  await ticket("Checkout broken", 3.5, { assignee: staff.ana });
  await ticket("Logo update", 5);
  await ticket("Answered already", 5, { answered: true });
  await ticket("Brand new", 1);
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

async function breaches() {
  return stack.sql<{ subject: string }[]>`
    select t.subject from public.ticket_sla_breaches b join public.support_tickets t on t.id = b.ticket_id
    order by 1`;
}

describe("check-ticket-sla", () => {
  it("warns the assignee of a ticket due within the hour and every staff member of an overdue unassigned one", async () => {
    const history = await runAt(slot);
    expect(history.find((r) => r.functionId === "check-ticket-sla")).toMatchObject({
      status: "succeeded",
      output: { tickets: 2, due: 1, breached: 1, emails: 3 },
    });
    expect(await breaches()).toEqual([{ subject: "Logo update" }]);
    expect(slaMails()).toEqual([
      { to: "ana@agency.test", subject: "[#1] First response due at <time>: Checkout broken" },
      { to: "ana@agency.test", subject: "[#2] Response time missed: Logo update" },
      { to: "bruno@agency.test", subject: "[#2] Response time missed: Logo update" },
    ]);
  });

  it("marks and sends nothing more when the slot runs again", async () => {
    const history = await runAt(slot);
    expect(history.find((r) => r.functionId === "check-ticket-sla")?.output).toMatchObject({
      due: 0,
      breached: 0,
      emails: 0,
    });
    expect(await breaches()).toHaveLength(1);
    expect(slaMails()).toHaveLength(3);
    const runs = await stack.sql`select 1 from public.job_runs where job = 'check-ticket-sla'`;
    expect(runs).toHaveLength(1);
  });

  it("marks the first ticket breached once its time is up, and tells its assignee only", async () => {
    await runAt(new Date(slot.getTime() + 35 * 60_000));
    expect(await breaches()).toEqual([{ subject: "Checkout broken" }, { subject: "Logo update" }]);
    expect(slaMails()).toContainEqual({ to: "ana@agency.test", subject: "[#1] Response time missed: Checkout broken" });
    expect(slaMails()).toHaveLength(4);
  });
});
