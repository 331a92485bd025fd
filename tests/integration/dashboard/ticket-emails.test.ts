import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { supportTickets, ticketMessages } from "@/src/db/schema";
import type { OutboxEmail } from "@/src/email/outbox/outbox-email";
import type { RequestDb } from "@/src/workspace/request-db";
import { pointAppAt } from "@/tests/support/app-env";
import { startFakeResend } from "@/tests/support/fake-resend";
import type { FakeHttpServer } from "@/tests/support/fake-http-server";
import { stackForThisFile } from "@/tests/support/stack";
import { createConfirmedUser } from "@/tests/support/users";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * The ticket notification emails end to end: what the app's ticket writes queue in the outbox (as the
 * organization's users and staff, under row-level security), what each email reads like when the sender
 * composes it, and that the sender delivers each once however often it runs.
 */
const stack = stackForThisFile();
const APP_URL = "https://arco.test";

let resend: FakeHttpServer;
let app: {
  createTicket: typeof import("@/src/tickets/mutations/create-ticket").createTicket;
  replyToTicket: typeof import("@/src/tickets/mutations/reply-to-ticket").replyToTicket;
  composeOutboxEmail: typeof import("@/src/email/outbox/compose-outbox-email").composeOutboxEmail;
  claimDueEmails: typeof import("@/src/email/outbox/claim-due-emails").claimDueEmails;
  deliverOutboxEmail: typeof import("@/src/email/outbox/deliver-outbox-email").deliverOutboxEmail;
};

let moda: OrganizationFixture;
let staff: { ana: string; bruno: string };
let db: { member: RequestDb; ana: RequestDb };
let ticketId: string;

interface OutboxRow {
  id: string;
  to_email: string;
  template: string;
  locale: "pt-BR" | "en";
  payload: Record<string, unknown>;
  idempotency_key: string;
  status: string;
}

async function outbox(template: string): Promise<OutboxRow[]> {
  return stack.sql<OutboxRow[]>`
    select id, to_email, template, locale, payload, idempotency_key, status
    from public.email_outbox where template = ${template} order by to_email, created_at`;
}

function asClaimed(row: OutboxRow): OutboxEmail {
  return {
    id: row.id,
    toEmail: row.to_email,
    template: row.template,
    locale: row.locale,
    payload: row.payload,
    idempotencyKey: row.idempotency_key,
    attempts: 1,
  };
}

async function compose(row: OutboxRow) {
  const composed = await app.composeOutboxEmail(asClaimed(row));
  if (composed.kind !== "send") throw new Error(`expected an email, got ${JSON.stringify(composed)}`);
  return composed.message;
}

/** One sender pass, as the job makes it: claim what is due, deliver each. */
async function sendAt(now: Date) {
  const claimed = await app.claimDueEmails({ now, limit: 50 });
  return Promise.all(claimed.map((email) => app.deliverOutboxEmail(email, now)));
}

beforeAll(async () => {
  resend = await startFakeResend();
  pointAppAt(stack);
  Object.assign(process.env, {
    APP_URL,
    MAILBOX_URL: `${stack.apiUrl}/mailbox`,
    RESEND_API_KEY: "re_test_tickets",
    RESEND_BASE_URL: resend.url,
  });
  vi.resetModules();
  app = {
    createTicket: (await import("@/src/tickets/mutations/create-ticket")).createTicket,
    replyToTicket: (await import("@/src/tickets/mutations/reply-to-ticket")).replyToTicket,
    composeOutboxEmail: (await import("@/src/email/outbox/compose-outbox-email")).composeOutboxEmail,
    claimDueEmails: (await import("@/src/email/outbox/claim-due-emails")).claimDueEmails,
    deliverOutboxEmail: (await import("@/src/email/outbox/deliver-outbox-email")).deliverOutboxEmail,
  };

  moda = await createOrganization(stack, { slug: "moda", tier: "pro" });
  await stack.sql`update public.organizations set name = 'Moda & Cia', locale = 'en' where id = ${moda.id}`;
  staff = {
    ana: await createConfirmedUser(stack, "ana@agency.test"),
    bruno: await createConfirmedUser(stack, "bruno@agency.test"),
  };
  await stack.sql`insert into public.staff (user_id, role) values (${staff.ana}, 'developer'), (${staff.bruno}, 'admin')`;
  await stack.sql`update public.profiles set full_name = 'Ana Souza', locale = 'en' where id = ${staff.ana}`;
  db = { member: await requestDbAs(moda.users.member), ana: await requestDbAs(staff.ana) };
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
  await resend.close();
});

beforeEach(() => {
  resend.requests.length = 0;
});

describe("a client's new ticket", () => {
  it("queues one email per staff member, in their profile's language", async () => {
    const ticket = await app.createTicket(db.member, moda.id, {
      subject: "Checkout <b>lento</b>",
      priority: "high",
      description: "O carrinho demora 10 s.\n\nAcontece no celular e no <script>desktop</script>.",
    });
    ticketId = ticket.id;
    const rows = await outbox("ticket-new");
    expect(rows.map((r) => [r.to_email, r.locale, r.idempotency_key])).toEqual([
      ["ana@agency.test", "en", `ticket-new:${ticket.id}:${staff.ana}`],
      ["bruno@agency.test", "pt-BR", `ticket-new:${ticket.id}:${staff.bruno}`],
    ]);
    expect(await outbox("ticket-reply")).toEqual([]);
  });

  it("tells staff whose it is, how urgent and by when, with the description and the link", async () => {
    const [ana, bruno] = await outbox("ticket-new");
    const [ticket] = await stack.sql<{ number: number; created_at: Date }[]>`
      select number, created_at from public.support_tickets where id = ${ticketId}`;
    const link = `${APP_URL}/admin/tickets/${ticketId}`;

    const english = await compose(ana!);
    expect(english).toMatchObject({
      to: "ana@agency.test",
      subject: `[Moda & Cia #${ticket!.number}] New ticket: Checkout <b>lento</b>`,
      tags: { category: "ticket-new" },
    });
    const due = new Intl.DateTimeFormat("en", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "America/Sao_Paulo",
    }).format(new Date(ticket!.created_at.getTime() + 4 * 3_600_000));
    for (const fact of [
      "Moda & Cia",
      "Plan: Pro",
      `#${ticket!.number}`,
      "Priority: High",
      `First response due: ${due}`,
    ]) {
      expect(english.text).toContain(fact);
    }
    expect(english.text).toContain("O carrinho demora 10 s.");
    expect(english.text).toContain(link);
    expect(english.html).toContain(`href="${link}"`);
    // Typed text stays text.
    expect(english.html).not.toContain("<script>");
    expect(english.html).toContain("&lt;script&gt;desktop&lt;/script&gt;");

    const portuguese = await compose(bruno!);
    expect(portuguese.subject).toBe(`[Moda & Cia #${ticket!.number}] Novo chamado: Checkout <b>lento</b>`);
    expect(portuguese.text).toContain("Prioridade: Alta");
    expect(portuguese.text).toContain(link);
  });

  it("says so when the plan promises no first response time", async () => {
    const [row] = await outbox("ticket-new");
    await stack.sql`update public.support_tickets set sla_hours = null where id = ${ticketId}`;
    expect((await compose(row!)).text).toContain("First response due: no SLA");
    await stack.sql`update public.support_tickets set sla_hours = 4 where id = ${ticketId}`;
  });
});

describe("the agency's replies", () => {
  it("queue the creator's email for a public reply, nothing for an internal note", async () => {
    await db.ana((tx) =>
      tx.insert(ticketMessages).values({ ticketId, orgId: moda.id, body: "Nota: plugin de frete.", isInternal: true }),
    );
    expect(await outbox("ticket-reply")).toEqual([]);

    const reply = await app.replyToTicket(db.ana, moda.id, ticketId, "Desativamos o plugin.\nPode testar de novo?");
    const rows = await outbox("ticket-reply");
    expect(rows.map((r) => [r.to_email, r.locale, r.idempotency_key])).toEqual([
      ["member@moda.test", "en", `ticket-reply:${reply.id}`],
    ]);
  });

  it("show the reply as the agency team's, in the organization's language, with the link", async () => {
    const [row] = await outbox("ticket-reply");
    const message = await compose(row!);
    expect(message.subject).toMatch(/^\[#\d+\] New reply: Checkout <b>lento<\/b>$/);
    expect(message.text).toContain("The agency team replied");
    expect(message.text).toContain("Desativamos o plugin.");
    expect(message.text).toContain(`${APP_URL}/app/moda/tickets/${ticketId}`);
    expect(message.text).not.toContain("Ana");
    expect(message.html).not.toContain("Nota: plugin");
  });

  it("are dropped when the reply is gone by send time", async () => {
    const [row] = await outbox("ticket-reply");
    const [saved] = await stack.sql<{ id: string; body: string }[]>`
      delete from public.ticket_messages where id = ${String(row!.payload.messageId)} returning id, body`;
    expect(await app.composeOutboxEmail(asClaimed(row!))).toEqual({
      kind: "cancel",
      reason: "reply or ticket deleted",
    });
    await stack.sql`
      insert into public.ticket_messages (id, ticket_id, org_id, author_id, body)
      values (${saved!.id}, ${ticketId}, ${moda.id}, ${staff.ana}, ${saved!.body})`;
  });
});

describe("resolving a ticket", () => {
  it("queues one email to the creator, keyed by the resolution", async () => {
    await db.ana((tx) => tx.update(supportTickets).set({ status: "resolved" }).where(eq(supportTickets.id, ticketId)));
    const [ticket] = await stack.sql<{ epoch: string }[]>`
      select floor(extract(epoch from resolved_at))::bigint::text as epoch from public.support_tickets where id = ${ticketId}`;
    const rows = await outbox("ticket-resolved");
    expect(rows.map((r) => [r.to_email, r.locale, r.idempotency_key])).toEqual([
      ["member@moda.test", "en", `ticket-resolved:${ticketId}:${ticket!.epoch}`],
    ]);
  });

  it("says it was resolved and until when it can be reopened from the ticket page", async () => {
    const [row] = await outbox("ticket-resolved");
    const message = await compose(row!);
    expect(message.subject).toMatch(/^\[#\d+\] Ticket resolved: Checkout <b>lento<\/b>$/);
    expect(message.text).toContain("reopen the ticket from its page until");
    expect(message.text).toContain(`${APP_URL}/app/moda/tickets/${ticketId}`);
  });
});

describe("the sender", () => {
  it("delivers every queued ticket email once, however often it runs", async () => {
    const queued = (
      await stack.sql<{ n: number }[]>`
      select count(*)::int as n from public.email_outbox where status = 'queued'`
    )[0]!.n;
    expect(queued).toBe(4);
    const now = new Date(Date.now() + 60_000);
    const first = await sendAt(now);
    const second = await sendAt(now);
    expect(first.map((r) => r.result)).toEqual(Array(4).fill("sent"));
    expect(second).toEqual([]);
    expect(resend.requests).toHaveLength(4);
    const keys = resend.requests.map((r) => r.headers["idempotency-key"]).sort();
    const rows = await stack.sql<{ idempotency_key: string; status: string }[]>`
      select idempotency_key, status from public.email_outbox order by idempotency_key`;
    expect(keys).toEqual(rows.map((r) => r.idempotency_key));
    expect(rows.every((r) => r.status === "sent")).toBe(true);
  });
});
