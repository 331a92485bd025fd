import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { VerifiedUser } from "@/src/auth/get-verified-user";
import * as dbSchema from "@/src/db/schema";
import { ptBR } from "@/src/i18n/pt-BR";
import { firstResponseSla } from "@/src/tickets/first-response-sla";
import { formatResponseTime } from "@/src/tickets/format-response-time";
import { reopenWindow } from "@/src/tickets/reopen-window";
import { newTicketSchema } from "@/src/tickets/ticket-form-schema";
import { ticketListHref, ticketListSearchSchema } from "@/src/tickets/ticket-list-search";
import { todayIn } from "@/src/projects/today-in";
import type { RequestDb } from "@/src/workspace/request-db";
import { startPostgres15Cluster, type Postgres15Cluster } from "../../../supabase/local/postgres15-cluster.ts";
import { pointAppAt } from "@/tests/support/app-env";
import { errorOf, submit } from "@/tests/support/server-actions";
import { stackForThisFile } from "@/tests/support/stack";
import { createConfirmedUser, signedInClaims } from "@/tests/support/users";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * The tickets pages' queries and actions, run as the organization's users under row-level security: what each
 * role sees and may do, what the database refuses (the month's allowance, even to two requests racing for its
 * last ticket), the replies a finished ticket refuses, the 14-day reopening window, and internal notes, which
 * never reach a client.
 */
const stack = stackForThisFile();

/** Who the request's verified session belongs to (the sign-in itself is tested elsewhere). */
let signedIn: VerifiedUser;
vi.mock("@/src/auth/get-verified-user", () => ({
  getVerifiedUser: async () => signedIn,
  requireUser: async () => signedIn,
}));
// A browser asking in Portuguese, without a language cookie; actions revalidate pages nobody renders here.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "accept-language": "pt-BR" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {} }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

function as(userId: string) {
  signedIn = {
    id: userId,
    email: `${userId}@client.test`,
    name: null,
    claims: signedInClaims(userId),
  } as VerifiedUser;
}

let queries: {
  getTickets: typeof import("@/src/tickets/queries/get-tickets").getTickets;
  getTicket: typeof import("@/src/tickets/queries/get-ticket").getTicket;
  getTicketMessages: typeof import("@/src/tickets/queries/get-ticket-messages").getTicketMessages;
  getTicketStats: typeof import("@/src/tickets/queries/get-ticket-stats").getTicketStats;
  getTicketAllowance: typeof import("@/src/tickets/queries/get-ticket-allowance").getTicketAllowance;
  getProjectOptions: typeof import("@/src/tickets/queries/get-project-options").getProjectOptions;
};
let actions: {
  createTicket: typeof import("@/src/tickets/actions/create-ticket").createTicket;
  replyToTicket: typeof import("@/src/tickets/actions/reply-to-ticket").replyToTicket;
  closeTicket: typeof import("@/src/tickets/actions/close-ticket").closeTicket;
  reopenTicket: typeof import("@/src/tickets/actions/reopen-ticket").reopenTicket;
};
let createTicketMutation: typeof import("@/src/tickets/mutations/create-ticket").createTicket;
let mapDatabaseError: typeof import("@/src/db/map-database-error").mapDatabaseError;
let TICKETS_PER_PAGE: number;

let moda: OrganizationFixture;
let aurora: OrganizationFixture;
let padaria: OrganizationFixture;
let strangerId: string;
let staffId: string;
const projects = {} as Record<"store" | "blog" | "portal", string>;

/** What `notFound()` throws: the page (or the action's request) answers 404. */
const notFound = expect.objectContaining({ digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) });

async function insertProject(orgId: string, name: string): Promise<string> {
  const [row] = await stack.sql<{ id: string }[]>`
    insert into public.projects (org_id, name) values (${orgId}, ${name}) returning id`;
  return row!.id;
}

/** A ticket written as the superuser (history as it happened: dates, statuses, first responses). */
async function insertTicket(
  orgId: string,
  values: {
    subject: string;
    createdBy: string;
    status?: string;
    priority?: string;
    projectId?: string | null;
    createdAt?: Date;
    firstResponseAt?: Date | null;
    resolvedAt?: Date | null;
  },
): Promise<string> {
  const createdAt = values.createdAt ?? new Date();
  const [row] = await stack.sql<{ id: string }[]>`
    insert into public.support_tickets
      (org_id, subject, created_by, status, priority, project_id, created_at, first_response_at, resolved_at)
    values (${orgId}, ${values.subject}, ${values.createdBy}, ${values.status ?? "open"}, ${values.priority ?? "normal"},
      ${values.projectId ?? null}, ${createdAt}, ${values.firstResponseAt ?? null}, ${values.resolvedAt ?? null})
    returning id`;
  return row!.id;
}

async function insertMessage(
  ticketId: string,
  orgId: string,
  authorId: string,
  body: string,
  { internal = false, at = new Date() }: { internal?: boolean; at?: Date } = {},
) {
  await stack.sql`
    insert into public.ticket_messages (ticket_id, org_id, author_id, body, is_internal, created_at)
    values (${ticketId}, ${orgId}, ${authorId}, ${body}, ${internal}, ${at})`;
}

async function ticketRow(id: string) {
  const [row] = await stack.sql<
    { status: string; resolved_at: Date | null; number: number; sla_hours: number | null; created_by: string }[]
  >`select status, resolved_at, number, sla_hours, created_by from public.support_tickets where id = ${id}`;
  return row;
}

async function ticketsUsedThisMonth(orgId: string): Promise<number> {
  const [row] = await stack.sql<{ value: number | null }[]>`
    select (select value::int from public.usage_counters
      where org_id = ${orgId} and metric = 'tickets' and period = private.usage_period(${orgId})) as value`;
  return row!.value ?? 0;
}

async function setTicketsUsedThisMonth(orgId: string, value: number) {
  await stack.sql`
    insert into public.usage_counters (org_id, metric, period, value)
    values (${orgId}, 'tickets', private.usage_period(${orgId}), ${value})
    on conflict (org_id, metric, period) do update set value = excluded.value`;
}

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
const daysAgo = (days: number) => hoursAgo(days * 24);

/** Seeded conversation of the Moda store: one ticket per situation the pages show. */
const tickets = {} as Record<"question" | "photos" | "oldClosed" | "resolved" | "adminOwn" | "portal", string>;

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  queries = {
    getTickets: (await import("@/src/tickets/queries/get-tickets")).getTickets,
    getTicket: (await import("@/src/tickets/queries/get-ticket")).getTicket,
    getTicketMessages: (await import("@/src/tickets/queries/get-ticket-messages")).getTicketMessages,
    getTicketStats: (await import("@/src/tickets/queries/get-ticket-stats")).getTicketStats,
    getTicketAllowance: (await import("@/src/tickets/queries/get-ticket-allowance")).getTicketAllowance,
    getProjectOptions: (await import("@/src/tickets/queries/get-project-options")).getProjectOptions,
  };
  actions = {
    createTicket: (await import("@/src/tickets/actions/create-ticket")).createTicket,
    replyToTicket: (await import("@/src/tickets/actions/reply-to-ticket")).replyToTicket,
    closeTicket: (await import("@/src/tickets/actions/close-ticket")).closeTicket,
    reopenTicket: (await import("@/src/tickets/actions/reopen-ticket")).reopenTicket,
  };
  createTicketMutation = (await import("@/src/tickets/mutations/create-ticket")).createTicket;
  mapDatabaseError = (await import("@/src/db/map-database-error")).mapDatabaseError;
  TICKETS_PER_PAGE = (await import("@/src/tickets/queries/get-tickets")).TICKETS_PER_PAGE;

  moda = await createOrganization(stack, { slug: "moda", tier: "pro" });
  aurora = await createOrganization(stack, { slug: "aurora", tier: "enterprise", roles: ["owner"] });
  padaria = await createOrganization(stack, { slug: "padaria", tier: "free", roles: ["owner"] });
  strangerId = await createConfirmedUser(stack, "nobody@elsewhere.test");
  staffId = await createConfirmedUser(stack, "sergio@agency.test");
  await stack.sql`insert into public.staff (user_id, role) values (${staffId}, 'developer')`;
  await stack.sql`update public.profiles set full_name = 'Sérgio Almeida' where id = ${staffId}`;
  await stack.sql`update public.profiles set full_name = 'Fernanda Lima' where id = ${moda.users.member}`;
  await stack.sql`update public.profiles set full_name = 'Daniela Moreira' where id = ${moda.users.owner}`;

  projects.store = await insertProject(moda.id, "Loja virtual");
  projects.blog = await insertProject(moda.id, "Blog");
  projects.portal = await insertProject(aurora.id, "Portal");

  // An open question from the member, with an internal note the client must never see.
  tickets.question = await insertTicket(moda.id, {
    subject: "Dúvida sobre o relatório 100% mensal",
    createdBy: moda.users.member,
    createdAt: hoursAgo(3),
  });
  await insertMessage(tickets.question, moda.id, moda.users.member, "Onde encontro o relatório?", { at: hoursAgo(3) });
  await insertMessage(tickets.question, moda.id, staffId, "Nota interna: mandar o link do PDF.", {
    internal: true,
    at: hoursAgo(2),
  });
  // The agency answered (the trigger stamps the first response) and now waits on the owner.
  tickets.photos = await insertTicket(moda.id, {
    subject: "Fotos da coleção primavera",
    createdBy: moda.users.owner,
    priority: "high",
    projectId: projects.store,
    createdAt: hoursAgo(30),
  });
  await insertMessage(tickets.photos, moda.id, moda.users.owner, "Subimos as fotos.", { at: hoursAgo(30) });
  await insertMessage(tickets.photos, moda.id, staffId, "Faltam 12 fotos. Podem enviar?", { at: hoursAgo(28) });
  await insertMessage(tickets.photos, moda.id, staffId, "Nota interna: cliente atrasou o lote.", {
    internal: true,
    at: hoursAgo(27),
  });
  await stack.sql`update public.support_tickets set status = 'waiting_client' where id = ${tickets.photos}`;
  // Closed three weeks ago: too late to reopen.
  tickets.oldClosed = await insertTicket(moda.id, {
    subject: "Banner da coleção de inverno",
    createdBy: moda.users.member,
    status: "closed",
    projectId: projects.blog,
    createdAt: daysAgo(30),
    firstResponseAt: daysAgo(29.9),
    resolvedAt: daysAgo(21),
  });
  await insertMessage(tickets.oldClosed, moda.id, moda.users.member, "Podem trocar o banner?", { at: daysAgo(30) });
  // Resolved two days ago by the agency: the member who opened it may still reopen it.
  tickets.resolved = await insertTicket(moda.id, {
    subject: "Cupom não aplica",
    createdBy: moda.users.member,
    status: "resolved",
    priority: "urgent",
    createdAt: daysAgo(4),
    firstResponseAt: daysAgo(3.9),
    resolvedAt: daysAgo(2),
  });
  await insertMessage(tickets.resolved, moda.id, moda.users.member, "O cupom dá erro.", { at: daysAgo(4) });
  tickets.adminOwn = await insertTicket(moda.id, {
    subject: "Acesso para a nova analista",
    createdBy: moda.users.admin,
    priority: "low",
    createdAt: hoursAgo(1),
  });
  await insertMessage(tickets.adminOwn, moda.id, moda.users.admin, "Como damos acesso?", { at: hoursAgo(1) });
  // Another client's ticket.
  tickets.portal = await insertTicket(aurora.id, { subject: "Portal fora do ar", createdBy: aurora.users.owner });
  await insertMessage(tickets.portal, aurora.id, aurora.users.owner, "Socorro!");
}, 60_000);

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("the ticket list", () => {
  it("shows a member the organization's tickets, unfinished ones first and the latest activity first", async () => {
    const list = await queries.getTickets(await requestDbAs(moda.users.member), moda.id);
    expect(list.tickets.map((t) => t.subject)).toEqual([
      "Acesso para a nova analista",
      "Dúvida sobre o relatório 100% mensal",
      "Fotos da coleção primavera",
      "Cupom não aplica",
      "Banner da coleção de inverno",
    ]);
    expect(list.total).toBe(5);
    expect(list.matching).toBe(5);
    expect(list.counts).toEqual({ open: 2, in_progress: 0, waiting_client: 1, resolved: 1, closed: 1 });
    expect(list.tickets[2]).toMatchObject({
      id: tickets.photos,
      status: "waiting_client",
      priority: "high",
      projectId: projects.store,
      projectName: "Loja virtual",
      slaHours: 4,
      // Two public messages: the internal note neither counts nor moves the latest activity.
      messageCount: 2,
    });
    expect(Math.abs(list.tickets[2]!.lastActivityAt.getTime() - hoursAgo(28).getTime())).toBeLessThan(120_000);
    expect(list.tickets[1]!.messageCount).toBe(1);
    expect(list.tickets[2]!.firstResponseAt).toBeInstanceOf(Date);
  });

  it("gives owners and admins the same list", async () => {
    for (const role of ["owner", "admin"] as const) {
      const list = await queries.getTickets(await requestDbAs(moda.users[role]), moda.id);
      expect(list.total).toBe(5);
    }
  });

  it("shows nothing of another organization, to a member of neither or when asked for its id", async () => {
    const elsewhere = await queries.getTickets(await requestDbAs(moda.users.owner), aurora.id);
    expect(elsewhere).toMatchObject({ tickets: [], total: 0, matching: 0 });
    const stranger = await queries.getTickets(await requestDbAs(strangerId), moda.id);
    expect(stranger).toMatchObject({ tickets: [], total: 0 });
  });

  it("filters by status, priority, project and subject, counting statuses under the other filters", async () => {
    const db = await requestDbAs(moda.users.member);
    const waiting = await queries.getTickets(db, moda.id, { status: "waiting_client" });
    expect(waiting.tickets.map((t) => t.id)).toEqual([tickets.photos]);
    expect(waiting.matching).toBe(1);
    expect(waiting.total).toBe(5);

    const urgent = await queries.getTickets(db, moda.id, { priority: "urgent" });
    expect(urgent.tickets.map((t) => t.id)).toEqual([tickets.resolved]);
    expect(urgent.counts).toEqual({ open: 0, in_progress: 0, waiting_client: 0, resolved: 1, closed: 0 });

    const blog = await queries.getTickets(db, moda.id, { project: projects.blog });
    expect(blog.tickets.map((t) => t.id)).toEqual([tickets.oldClosed]);

    const search = await queries.getTickets(db, moda.id, { q: "Coleção" });
    expect(search.tickets.map((t) => t.subject)).toEqual([
      "Fotos da coleção primavera",
      "Banner da coleção de inverno",
    ]);
    // Pattern characters are literal: "100%" matches the subject that has it, "%" alone only subjects with one.
    expect((await queries.getTickets(db, moda.id, { q: "100%" })).matching).toBe(1);
    expect((await queries.getTickets(db, moda.id, { q: "_" })).matching).toBe(0);

    const combined = await queries.getTickets(db, moda.id, { q: "coleção", status: "closed" });
    expect(combined.tickets.map((t) => t.id)).toEqual([tickets.oldClosed]);
    expect(combined.counts).toMatchObject({ waiting_client: 1, closed: 1, open: 0 });
  });

  it("pages through long lists", async () => {
    const many = await createOrganization(stack, { slug: "muitos", tier: "enterprise", roles: ["member"] });
    await stack.sql`
      insert into public.support_tickets (org_id, subject, created_by, created_at)
      select ${many.id}, 'Pedido ' || n, ${many.users.member}, now() - make_interval(mins => n)
      from generate_series(1, ${TICKETS_PER_PAGE + 5}) n`;
    const db = await requestDbAs(many.users.member);
    const first = await queries.getTickets(db, many.id);
    expect(first).toMatchObject({ page: 1, pages: 2, matching: TICKETS_PER_PAGE + 5 });
    expect(first.tickets).toHaveLength(TICKETS_PER_PAGE);
    expect(first.tickets[0]!.subject).toBe("Pedido 1");
    const second = await queries.getTickets(db, many.id, { page: 2 });
    expect(second.tickets.map((t) => t.subject)).toEqual(
      Array.from({ length: 5 }, (_, i) => `Pedido ${TICKETS_PER_PAGE + 1 + i}`),
    );
  });

  it("reads its filters from the URL, ignoring what it does not know", () => {
    const id = crypto.randomUUID();
    expect(
      ticketListSearchSchema.parse({ status: "open", priority: "high", project: id, q: "  banner ", page: "2" }),
    ).toEqual({ status: "open", priority: "high", project: id, q: "banner", page: 2 });
    expect(
      ticketListSearchSchema.parse({ status: "archived", priority: "critical", project: "x", q: "   ", page: "-1" }),
    ).toEqual({ status: undefined, priority: undefined, project: undefined, q: undefined, page: undefined });
    expect(ticketListSearchSchema.parse({ status: ["open", "closed"], page: "abc" })).toMatchObject({
      status: undefined,
      page: undefined,
    });
    expect(ticketListSearchSchema.parse({ q: "x".repeat(500) }).q).toHaveLength(200);
    expect(ticketListHref("/app/moda/tickets", { status: "open", q: "a b", page: 1 })).toBe(
      "/app/moda/tickets?status=open&q=a+b",
    );
  });

  it("offers the organization's projects, and only those, for the filter and the form", async () => {
    expect(await queries.getProjectOptions(await requestDbAs(moda.users.member), moda.id)).toEqual([
      { id: projects.blog, name: "Blog" },
      { id: projects.store, name: "Loja virtual" },
    ]);
    expect(await queries.getProjectOptions(await requestDbAs(moda.users.owner), aurora.id)).toEqual([]);
  });
});

describe("the figures above the list", () => {
  it("count this month's allowance and name its reset: midnight of the next 1st in the organization's zone", async () => {
    const tokyo = await createOrganization(stack, { slug: "tokyo", tier: "basic", roles: ["member"] });
    await stack.sql`update public.organizations set time_zone = 'Asia/Tokyo' where id = ${tokyo.id}`;
    await setTicketsUsedThisMonth(tokyo.id, 12);
    const allowance = await queries.getTicketAllowance(await requestDbAs(tokyo.users.member), tokyo.id, "Asia/Tokyo");
    const [year, month] = todayIn("Asia/Tokyo").split("-").map(Number) as [number, number];
    // 00:00 in Tokyo (UTC+9, no daylight saving) is 15:00 UTC the day before.
    expect(allowance).toEqual({ usedThisMonth: 12, resetsAt: new Date(Date.UTC(year, month, 1, -9)) });

    const saoPaulo = await queries.getTicketAllowance(
      await requestDbAs(moda.users.member),
      moda.id,
      "America/Sao_Paulo",
    );
    const [spYear, spMonth] = todayIn("America/Sao_Paulo").split("-").map(Number) as [number, number];
    expect(saoPaulo.resetsAt).toEqual(new Date(Date.UTC(spYear, spMonth, 1, 3)));
    // The five seeded tickets were all counted in this month, when they were written.
    expect(saoPaulo.usedThisMonth).toBe(5);
  });

  it("average the first response over the last 90 days and say how many were within the plan's time", async () => {
    const lumen = await createOrganization(stack, { slug: "lumen", tier: "basic", roles: ["owner"] });
    const by = lumen.users.owner;
    // Basic promises 24 h. Answered in 2 h and in 30 h (late); one answered long ago; one not answered yet.
    await insertTicket(lumen.id, {
      subject: "A",
      createdBy: by,
      createdAt: daysAgo(10),
      firstResponseAt: daysAgo(10 - 2 / 24),
    });
    await insertTicket(lumen.id, {
      subject: "B",
      createdBy: by,
      createdAt: daysAgo(5),
      firstResponseAt: daysAgo(5 - 30 / 24),
    });
    await insertTicket(lumen.id, {
      subject: "C",
      createdBy: by,
      createdAt: daysAgo(100),
      firstResponseAt: daysAgo(99.9),
      status: "closed",
    });
    await insertTicket(lumen.id, { subject: "D", createdBy: by, createdAt: hoursAgo(1) });
    await stack.sql`update public.support_tickets set status = 'waiting_client' where org_id = ${lumen.id} and subject = 'B'`;
    const stats = await queries.getTicketStats(await requestDbAs(by), lumen.id, "America/Sao_Paulo");
    expect(stats.averageFirstResponseSeconds).toBeCloseTo(16 * 3600, 0);
    expect(stats).toMatchObject({ responded: 2, respondedWithSla: 2, metSla: 1, active: 3, waitingClient: 1 });
    expect(stats.allowance.usedThisMonth).toBe(4);
  });

  it("have nothing to average without answers, and show another organization nothing", async () => {
    const quiet = await createOrganization(stack, { slug: "quiet", tier: "free", roles: ["owner"] });
    const stats = await queries.getTicketStats(await requestDbAs(quiet.users.owner), quiet.id, "America/Sao_Paulo");
    expect(stats).toMatchObject({
      averageFirstResponseSeconds: null,
      responded: 0,
      active: 0,
      allowance: { usedThisMonth: 0 },
    });
    const peeking = await queries.getTicketStats(await requestDbAs(quiet.users.owner), moda.id, "America/Sao_Paulo");
    expect(peeking).toMatchObject({
      averageFirstResponseSeconds: null,
      responded: 0,
      active: 0,
      allowance: { usedThisMonth: 0 },
    });
  });

  it("format response times in the reader's language", () => {
    expect(formatResponseTime(20, "pt-BR")).toBe("1 min");
    expect(formatResponseTime(45 * 60, "pt-BR")).toBe("45 min");
    expect(formatResponseTime(4 * 3600, "pt-BR")).toBe("4 h");
    expect(formatResponseTime(3 * 3600 + 20 * 60, "pt-BR")).toBe("3 h 20 min");
    expect(formatResponseTime(52 * 3600, "pt-BR")).toBe("2 dias 4 h");
    expect(formatResponseTime(24 * 3600, "en")).toBe("1 day");
    expect(formatResponseTime(16 * 3600, "en")).toBe("16 hr");
  });
});

describe("a ticket's page", () => {
  it("reads the ticket for any member, with its project and who opened it", async () => {
    for (const role of ["member", "admin", "owner"] as const) {
      const ticket = await queries.getTicket(await requestDbAs(moda.users[role]), moda.id, tickets.photos);
      expect(ticket).toMatchObject({
        id: tickets.photos,
        subject: "Fotos da coleção primavera",
        status: "waiting_client",
        priority: "high",
        projectName: "Loja virtual",
        createdBy: moda.users.owner,
        createdByName: "Daniela Moreira",
        slaHours: 4,
      });
    }
  });

  it("is null (the page's 404) for another organization's ticket, a stranger, an unknown or a malformed id", async () => {
    const owner = await requestDbAs(moda.users.owner);
    expect(await queries.getTicket(owner, moda.id, tickets.portal)).toBeNull();
    expect(await queries.getTicket(owner, aurora.id, tickets.portal)).toBeNull();
    expect(await queries.getTicket(owner, moda.id, crypto.randomUUID())).toBeNull();
    expect(await queries.getTicket(owner, moda.id, "not-a-uuid")).toBeNull();
    expect(await queries.getTicket(await requestDbAs(strangerId), moda.id, tickets.photos)).toBeNull();
  });

  it("shows the conversation oldest first, marks the agency's messages, and never returns an internal note", async () => {
    for (const role of ["member", "owner"] as const) {
      const messages = await queries.getTicketMessages(await requestDbAs(moda.users[role]), moda.id, tickets.photos);
      expect(messages.map(({ body, fromAgency, authorName }) => ({ body, fromAgency, authorName }))).toEqual([
        { body: "Subimos as fotos.", fromAgency: false, authorName: "Daniela Moreira" },
        // Clients may not read staff profiles: the page names the agency's team instead.
        { body: "Faltam 12 fotos. Podem enviar?", fromAgency: true, authorName: null },
      ]);
    }
    const question = await queries.getTicketMessages(await requestDbAs(moda.users.admin), moda.id, tickets.question);
    expect(question.map((m) => m.body)).toEqual(["Onde encontro o relatório?"]);
  });

  it("keeps internal notes out even for a staff member's own session, and another organization's messages", async () => {
    const asStaff = await queries.getTicketMessages(await requestDbAs(staffId), moda.id, tickets.photos);
    expect(asStaff.map((m) => m.body)).toEqual(["Subimos as fotos.", "Faltam 12 fotos. Podem enviar?"]);
    expect(asStaff[1]!.authorName).toBe("Sérgio Almeida");
    expect(await queries.getTicketMessages(await requestDbAs(moda.users.owner), moda.id, tickets.portal)).toEqual([]);
    expect(await queries.getTicketMessages(await requestDbAs(moda.users.owner), aurora.id, tickets.portal)).toEqual([]);
  });
});

describe("opening a ticket", () => {
  const valid = {
    subject: "Formulário de contato não envia",
    description: "Desde ontem dá erro 500.",
    priority: "high",
  };

  it.each(["member", "admin", "owner"] as const)(
    "works for a %s: ticket and description together, numbered, with the plan's SLA, then the ticket's page",
    async (role) => {
      as(moda.users[role]);
      const before = await ticketsUsedThisMonth(moda.id);
      const outcome = await submit(actions.createTicket, { org: "moda", ...valid, projectId: projects.store });
      expect(outcome).toEqual({ redirect: expect.stringMatching(/^\/app\/moda\/tickets\/[0-9a-f-]{36}$/) });
      const id = (outcome as { redirect: string }).redirect.split("/").pop()!;
      expect(await ticketRow(id)).toMatchObject({ status: "open", sla_hours: 4, created_by: moda.users[role] });
      const ticket = await queries.getTicket(await requestDbAs(moda.users.member), moda.id, id);
      expect(ticket).toMatchObject({ subject: valid.subject, priority: "high", projectId: projects.store });
      const messages = await queries.getTicketMessages(await requestDbAs(moda.users.member), moda.id, id);
      expect(messages).toEqual([expect.objectContaining({ body: valid.description, authorId: moda.users[role] })]);
      expect(await ticketsUsedThisMonth(moda.id)).toBe(before + 1);
    },
  );

  it("numbers an organization's tickets one after another", async () => {
    as(moda.users.member);
    const numbers = [];
    for (const subject of ["Primeiro", "Segundo"]) {
      const outcome = await submit(actions.createTicket, { org: "moda", ...valid, subject });
      numbers.push((await ticketRow((outcome as { redirect: string }).redirect.split("/").pop()!))!.number);
    }
    expect(numbers[1]).toBe(numbers[0]! + 1);
  });

  it("is a 404 for a stranger and for another organization", async () => {
    as(strangerId);
    await expect(submit(actions.createTicket, { org: "moda", ...valid })).rejects.toEqual(notFound);
    as(moda.users.owner);
    await expect(submit(actions.createTicket, { org: "aurora", ...valid })).rejects.toEqual(notFound);
    expect((await queries.getTickets(await requestDbAs(aurora.users.owner), aurora.id)).total).toBe(1);
  });

  it.each([
    ["an empty subject", { subject: "   " }, "subject"],
    ["a subject over 200 characters", { subject: "x".repeat(201) }, "subject"],
    ["a 10,000+ character subject", { subject: "x".repeat(10_001) }, "subject"],
    ["an empty description", { description: "" }, "description"],
    ["a description over 10,000 characters", { description: "x".repeat(10_001) }, "description"],
    ["an unknown priority", { priority: "critical" }, "priority"],
    ["a malformed project", { projectId: "loja" }, "projectId"],
  ])("refuses %s as invalid input, writing nothing", async (_case, change, field) => {
    as(moda.users.member);
    const before = await ticketsUsedThisMonth(moda.id);
    const error = errorOf(await submit(actions.createTicket, { org: "moda", ...valid, ...change }));
    expect(error).toMatchObject({ code: "invalid_input", message: ptBR.errors.invalid_input });
    expect(Object.keys(error.fields ?? {})).toEqual([field]);
    expect(await ticketsUsedThisMonth(moda.id)).toBe(before);
  });

  it("refuses a project of another organization, spending none of the allowance", async () => {
    as(moda.users.owner);
    const before = await ticketsUsedThisMonth(moda.id);
    const error = errorOf(await submit(actions.createTicket, { org: "moda", ...valid, projectId: projects.portal }));
    expect(error.code).toBe("invalid_input");
    expect(await ticketsUsedThisMonth(moda.id)).toBe(before);
    const [{ n }] = await stack.sql<[{ n: number }]>`
      select count(*)::int as n from public.support_tickets where project_id = ${projects.portal} and org_id = ${moda.id}`;
    expect(n).toBe(0);
  });

  it("leaves no ticket behind when its description is refused (one transaction)", async () => {
    const db = await requestDbAs(moda.users.member);
    const before = await ticketsUsedThisMonth(moda.id);
    const [{ n: ticketsBefore }] = await stack.sql<[{ n: number }]>`
      select count(*)::int as n from public.support_tickets where org_id = ${moda.id}`;
    // Past the form's validation, the database refuses a blank message; the ticket goes with it.
    await expect(
      createTicketMutation(db, moda.id, { subject: "Sem descrição", description: "   ", priority: "normal" }),
    ).rejects.toThrow();
    const [{ n: ticketsAfter }] = await stack.sql<[{ n: number }]>`
      select count(*)::int as n from public.support_tickets where org_id = ${moda.id}`;
    expect(ticketsAfter).toBe(ticketsBefore);
    expect(await ticketsUsedThisMonth(moda.id)).toBe(before);
  });

  it("validates the form's fields as the action does", () => {
    expect(
      newTicketSchema.parse({ subject: " Site ", description: " Ajuda ", priority: "low", projectId: "" }),
    ).toEqual({
      subject: "Site",
      description: "Ajuda",
      priority: "low",
      attachments: [],
    });
    expect(
      newTicketSchema.safeParse({ subject: "x".repeat(200), description: "x".repeat(10_000), priority: "urgent" })
        .success,
    ).toBe(true);
  });

  describe("at the month's allowance", () => {
    it("refuses past the limit with the numbers and the reset, and the form's words", async () => {
      await setTicketsUsedThisMonth(padaria.id, 15);
      as(padaria.users.owner);
      const error = errorOf(await submit(actions.createTicket, { org: "padaria", ...valid }));
      expect(error).toMatchObject({
        code: "tier_limit_exceeded",
        message: ptBR.errors.tier_limit_exceeded,
        tierLimit: { limit: "tickets_per_month", value: 15, usage: 15 },
      });
      expect(await ticketsUsedThisMonth(padaria.id)).toBe(15);
      const allowance = await queries.getTicketAllowance(
        await requestDbAs(padaria.users.owner),
        padaria.id,
        "America/Sao_Paulo",
      );
      expect(allowance.usedThisMonth).toBe(15);
    });

    it("lets exactly one of two tabs racing for the last ticket of the month win", async () => {
      await setTicketsUsedThisMonth(padaria.id, 14);
      as(padaria.users.owner);
      const outcomes = await Promise.all([
        submit(actions.createTicket, { org: "padaria", ...valid, subject: "Aba 1" }),
        submit(actions.createTicket, { org: "padaria", ...valid, subject: "Aba 2" }),
      ]);
      const won = outcomes.filter((outcome) => "redirect" in outcome);
      const refused = outcomes.filter((outcome) => !("redirect" in outcome)).map(errorOf);
      expect(won).toHaveLength(1);
      expect(refused).toEqual([
        expect.objectContaining({
          code: "tier_limit_exceeded",
          tierLimit: { limit: "tickets_per_month", value: 15, usage: 15 },
        }),
      ]);
      expect(await ticketsUsedThisMonth(padaria.id)).toBe(15);
      const [{ n }] = await stack.sql<[{ n: number }]>`
        select count(*)::int as n from public.support_tickets where org_id = ${padaria.id}`;
      expect(n).toBe(1);
    });

    it("never limits an unlimited plan", async () => {
      await setTicketsUsedThisMonth(aurora.id, 5000);
      as(aurora.users.owner);
      expect(await submit(actions.createTicket, { org: "aurora", ...valid })).toEqual({
        redirect: expect.stringMatching(/^\/app\/aurora\/tickets\//),
      });
    });
  });
});

describe("replying", () => {
  it("adds the member's reply to an open ticket, and to one waiting on the client", async () => {
    as(moda.users.member);
    expect(
      await submit(actions.replyToTicket, { org: "moda", ticketId: tickets.question, body: "Achei, obrigada!" }),
    ).toEqual({
      status: "success",
      data: { messageId: expect.any(String) },
    });
    as(moda.users.owner);
    expect(
      await submit(actions.replyToTicket, { org: "moda", ticketId: tickets.photos, body: "Enviamos as 12." }),
    ).toMatchObject({
      status: "success",
    });
    const messages = await queries.getTicketMessages(await requestDbAs(moda.users.member), moda.id, tickets.photos);
    expect(messages.at(-1)).toMatchObject({ body: "Enviamos as 12.", authorId: moda.users.owner, fromAgency: false });
    // The client answered what the agency waited for: the ticket is the agency's again.
    expect((await ticketRow(tickets.photos))!.status).toBe("open");
  });

  it("refuses a reply to a closed or resolved ticket: reopen it first", async () => {
    as(moda.users.member);
    for (const ticketId of [tickets.oldClosed, tickets.resolved]) {
      const error = errorOf(await submit(actions.replyToTicket, { org: "moda", ticketId, body: "Ainda com problema" }));
      expect(error).toMatchObject({ code: "ticket_closed", message: ptBR.errors.ticket_closed });
    }
    const messages = await queries.getTicketMessages(await requestDbAs(moda.users.member), moda.id, tickets.oldClosed);
    expect(messages).toHaveLength(1);
  });

  it("is not_found for another organization's ticket, and a 404 for a stranger", async () => {
    as(moda.users.owner);
    expect(
      errorOf(await submit(actions.replyToTicket, { org: "moda", ticketId: tickets.portal, body: "Oi" })).code,
    ).toBe("not_found");
    as(strangerId);
    await expect(
      submit(actions.replyToTicket, { org: "moda", ticketId: tickets.question, body: "Oi" }),
    ).rejects.toEqual(notFound);
  });

  it("refuses an empty or over-long reply, and a malformed ticket id", async () => {
    as(moda.users.member);
    for (const [fields, field] of [
      [{ ticketId: tickets.question, body: "  " }, "body"],
      [{ ticketId: tickets.question, body: "x".repeat(10_001) }, "body"],
      [{ ticketId: "42", body: "Oi" }, "ticketId"],
    ] as const) {
      const error = errorOf(await submit(actions.replyToTicket, { org: "moda", ...fields }));
      expect(error.code).toBe("invalid_input");
      expect(Object.keys(error.fields ?? {})).toEqual([field]);
    }
  });
});

describe("closing and reopening", () => {
  it("lets the member who opened a ticket close it, stamping the resolution", async () => {
    as(moda.users.member);
    expect(await submit(actions.closeTicket, { org: "moda", ticketId: tickets.question })).toEqual({
      status: "success",
      data: { status: "closed" },
    });
    const row = await ticketRow(tickets.question);
    expect(row!.status).toBe("closed");
    expect(row!.resolved_at).toBeInstanceOf(Date);
    // Closing again changes nothing.
    expect(await submit(actions.closeTicket, { org: "moda", ticketId: tickets.question })).toMatchObject({
      status: "success",
    });
  });

  it("refuses a member who did not open the ticket, but not the organization's owners and admins", async () => {
    as(moda.users.member);
    expect(errorOf(await submit(actions.closeTicket, { org: "moda", ticketId: tickets.adminOwn })).code).toBe(
      "forbidden",
    );
    expect((await ticketRow(tickets.adminOwn))!.status).toBe("open");
    as(moda.users.owner);
    expect(await submit(actions.closeTicket, { org: "moda", ticketId: tickets.adminOwn })).toMatchObject({
      status: "success",
    });
    as(moda.users.admin);
    expect(await submit(actions.reopenTicket, { org: "moda", ticketId: tickets.adminOwn })).toEqual({
      status: "success",
      data: { status: "open" },
    });
    expect(await ticketRow(tickets.adminOwn)).toMatchObject({ status: "open", resolved_at: null });
  });

  it("reopens a resolved ticket within 14 days, for the member who opened it", async () => {
    as(moda.users.member);
    expect(await submit(actions.reopenTicket, { org: "moda", ticketId: tickets.resolved })).toMatchObject({
      status: "success",
    });
    expect(await ticketRow(tickets.resolved)).toMatchObject({ status: "open", resolved_at: null });
    // Now it takes replies again.
    expect(
      await submit(actions.replyToTicket, { org: "moda", ticketId: tickets.resolved, body: "Voltou a falhar." }),
    ).toMatchObject({
      status: "success",
    });
    // Reopening an open ticket changes nothing.
    expect(await submit(actions.reopenTicket, { org: "moda", ticketId: tickets.resolved })).toMatchObject({
      status: "success",
    });
  });

  it("refuses to reopen after 14 days: a new ticket tells the new story", async () => {
    as(moda.users.owner);
    const error = errorOf(await submit(actions.reopenTicket, { org: "moda", ticketId: tickets.oldClosed }));
    expect(error).toMatchObject({ code: "reopen_expired", message: ptBR.errors.reopen_expired });
    expect((await ticketRow(tickets.oldClosed))!.status).toBe("closed");
  });

  it("is not_found for another organization's ticket and a 404 for a stranger", async () => {
    as(moda.users.owner);
    for (const action of [actions.closeTicket, actions.reopenTicket]) {
      expect(errorOf(await submit(action, { org: "moda", ticketId: tickets.portal })).code).toBe("not_found");
    }
    expect((await ticketRow(tickets.portal))!.status).toBe("open");
    as(strangerId);
    await expect(submit(actions.closeTicket, { org: "moda", ticketId: tickets.photos })).rejects.toEqual(notFound);
  });

  it("is refused in a read-only view-as, with words the staff member understands", async () => {
    await stack.sql`
      insert into public.impersonation_sessions (staff_user_id, target_user_id, reason, read_only)
      values (${staffId}, ${moda.users.owner}, 'checking the ticket page', true)`;
    as(staffId);
    const before = (await ticketRow(tickets.photos))!.status;
    const error = errorOf(await submit(actions.closeTicket, { org: "moda", ticketId: tickets.photos }));
    expect(error).toMatchObject({ code: "read_only_impersonation" });
    expect((await ticketRow(tickets.photos))!.status).toBe(before);
    await stack.sql`update public.impersonation_sessions set ended_at = now() where staff_user_id = ${staffId}`;
  });
});

describe("the first-response SLA", () => {
  const createdAt = new Date("2026-03-02T12:00:00Z");
  const base = { status: "open" as const, createdAt, slaHours: 4, firstResponseAt: null, resolvedAt: null };
  const at = (iso: string) => new Date(iso);

  it("is none on a plan without one", () => {
    expect(firstResponseSla({ ...base, slaHours: null }, at("2026-03-09T00:00:00Z"))).toEqual({ state: "none" });
  });

  it("is due until the time is up, then breached while nobody answers", () => {
    const dueAt = at("2026-03-02T16:00:00Z");
    expect(firstResponseSla(base, at("2026-03-02T13:00:00Z"))).toEqual({ state: "due", dueAt });
    expect(firstResponseSla(base, dueAt)).toEqual({ state: "due", dueAt });
    expect(firstResponseSla(base, at("2026-03-02T16:00:01Z"))).toEqual({ state: "breached", dueAt, respondedAt: null });
  });

  it("is met by a reply up to the due time, breached by a later one, whenever it is read", () => {
    const dueAt = at("2026-03-02T16:00:00Z");
    const now = at("2026-04-01T00:00:00Z");
    expect(firstResponseSla({ ...base, firstResponseAt: dueAt }, now)).toEqual({
      state: "met",
      dueAt,
      respondedAt: dueAt,
    });
    const late = at("2026-03-02T16:30:00Z");
    expect(firstResponseSla({ ...base, status: "closed", firstResponseAt: late }, now)).toEqual({
      state: "breached",
      dueAt,
      respondedAt: late,
    });
  });

  it("stops at the resolution of a ticket nobody had to answer, unless it was already late", () => {
    const dueAt = at("2026-03-02T16:00:00Z");
    const now = at("2026-04-01T00:00:00Z");
    expect(firstResponseSla({ ...base, status: "closed", resolvedAt: at("2026-03-02T13:00:00Z") }, now)).toEqual({
      state: "stopped",
      dueAt,
    });
    expect(firstResponseSla({ ...base, status: "resolved", resolvedAt: at("2026-03-03T00:00:00Z") }, now)).toEqual({
      state: "breached",
      dueAt,
      respondedAt: null,
    });
  });

  it("lets a finished ticket be reopened for 14 days after its resolution", () => {
    const resolvedAt = at("2026-03-01T10:00:00Z");
    const until = at("2026-03-15T10:00:00Z");
    expect(reopenWindow({ status: "closed", resolvedAt }, at("2026-03-15T09:59:00Z"))).toEqual({
      applies: true,
      open: true,
      until,
    });
    expect(reopenWindow({ status: "resolved", resolvedAt }, at("2026-03-15T10:01:00Z"))).toEqual({
      applies: true,
      open: false,
      until,
    });
    expect(reopenWindow({ status: "waiting_client", resolvedAt: null })).toEqual({ applies: false });
  });
});

/**
 * PGlite runs one transaction at a time, so the race above is settled by turns. Here two requests really
 * overlap on PostgreSQL 15: both transactions are open, as their users, before either inserts.
 */
describe("the last ticket of the month under real concurrency (PostgreSQL 15)", () => {
  let cluster: Postgres15Cluster;
  let admin: postgres.Sql;
  let pool: postgres.Sql;

  beforeAll(async () => {
    cluster = await startPostgres15Cluster();
    admin = postgres(cluster.url, { max: 1, onnotice: () => {} });
    pool = postgres(cluster.url, { max: 2, prepare: false, onnotice: () => {} });
  }, 180_000);
  afterAll(async () => {
    await pool?.end();
    await admin?.end();
    await cluster?.stop();
  });

  /** The request `db` withUser builds, on the cluster; each transaction waits at `gate` once authenticated. */
  function requestDbOnCluster(userId: string, gate: () => Promise<void>): RequestDb {
    const database = drizzle({ client: pool, schema: dbSchema });
    const claims = JSON.stringify({ sub: userId, role: "authenticated" });
    return (fn) =>
      database.transaction(async (tx) => {
        await tx.execute(
          sql`select set_config('request.jwt.claims', ${claims}, true), set_config('role', 'authenticated', true)`,
        );
        await gate();
        return fn(tx as never);
      });
  }

  it("lets exactly one of two overlapping requests open it; the other gets tier_limit_exceeded", async () => {
    const [owner] = await admin<
      { id: string }[]
    >`insert into auth.users (email) values ('race@padaria.test') returning id`;
    const [org] = await admin<{ id: string }[]>`
      insert into public.organizations (name, slug, tier) values ('Padaria', 'padaria-race', 'free') returning id`;
    await admin`
      insert into public.memberships (org_id, user_id, role, status) values (${org!.id}, ${owner!.id}, 'owner', 'accepted')`;
    await admin`
      insert into public.usage_counters (org_id, metric, period, value)
      values (${org!.id}, 'tickets', private.usage_period(${org!.id}), 14)`;

    let arrived = 0;
    let release!: () => void;
    const bothOpen = new Promise<void>((resolve) => (release = resolve));
    const gate = async () => {
      if (++arrived === 2) release();
      await bothOpen;
    };
    const db = requestDbOnCluster(owner!.id, gate);
    const input = { description: "Preciso de ajuda", priority: "normal" as const };
    const settled = await Promise.allSettled([
      createTicketMutation(db, org!.id, { ...input, subject: "Aba 1" }),
      createTicketMutation(db, org!.id, { ...input, subject: "Aba 2" }),
    ]);

    expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(1);
    const [refusal] = settled.filter((s): s is PromiseRejectedResult => s.status === "rejected");
    expect(mapDatabaseError(refusal!.reason)).toMatchObject({
      code: "tier_limit_exceeded",
      tierLimit: { limit: "tickets_per_month", value: 15, usage: 15 },
    });
    const [counts] = await admin<[{ tickets: number; messages: number; used: number }]>`
      select (select count(*)::int from public.support_tickets where org_id = ${org!.id}) as tickets,
        (select count(*)::int from public.ticket_messages where org_id = ${org!.id}) as messages,
        (select value::int from public.usage_counters where org_id = ${org!.id} and metric = 'tickets') as used`;
    expect(counts).toEqual({ tickets: 1, messages: 1, used: 15 });
  });
});
