import { beforeAll, describe, expect, it, vi } from "vitest";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { createConfirmedUser } from "@/tests/support/users";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";
import { adminSourceHref, sourceHref } from "@/src/search/source-href";

/**
 * The automatic-embeddings path end to end: the searchable tables' triggers enqueue, the real `embed` edge
 * function (Deno, offline provider: no OpenAI key here) works the queue through /functions/v1, and search runs
 * as the reader through the security-invoker match function, so row-level security decides what it finds.
 */
const stack = stackForThisFile();

vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

let workEmbeddingQueue: typeof import("@/src/search/work-embedding-queue").workEmbeddingQueue;
let embedQuery: typeof import("@/src/search/embed-query").embedQuery;
let searchDocuments: typeof import("@/src/search/queries/search-documents").searchDocuments;
let searchParamsSchema: typeof import("@/src/search/search-query").searchParamsSchema;
let moda: OrganizationFixture;
let padaria: OrganizationFixture;
let staffId: string;
let ticketId: string;

/** What the `embed-documents` job does every minute. */
const workQueue = (batchSize?: number) => workEmbeddingQueue(batchSize);

async function search(userId: string, orgId: string, question: string) {
  const { embedding } = await embedQuery(question);
  return searchDocuments(await requestDbAs(userId), orgId, embedding);
}

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  embedQuery = (await import("@/src/search/embed-query")).embedQuery;
  workEmbeddingQueue = (await import("@/src/search/work-embedding-queue")).workEmbeddingQueue;
  searchDocuments = (await import("@/src/search/queries/search-documents")).searchDocuments;
  searchParamsSchema = (await import("@/src/search/search-query")).searchParamsSchema;
  moda = await createOrganization(stack, { slug: "moda", tier: "pro" });
  padaria = await createOrganization(stack, { slug: "padaria", tier: "pro", roles: ["owner"] });
  staffId = await createConfirmedUser(stack, "sergio@agency.test");
  await stack.sql`insert into public.staff (user_id, role) values (${staffId}, 'developer')`;

  await stack.sql`insert into public.incidents (org_id, title, severity, cause, postmortem) values
    (${moda.id}, 'Checkout fora do ar', 'critical', 'Certificado do gateway de pagamento expirou',
      'Decidimos renovar o certificado do checkout automaticamente e monitorar a validade.'),
    (${padaria.id}, 'Checkout da padaria fora do ar', 'major', 'Servidor sem memória',
      'Decidimos aumentar a memória do servidor do checkout.')`;
  const [ticket] = await stack.sql<{ id: string }[]>`
    insert into public.support_tickets (org_id, subject, created_by)
    values (${moda.id}, 'Banner da home', ${moda.users.member}) returning id`;
  ticketId = ticket!.id;
  await stack.sql`insert into public.ticket_messages (ticket_id, org_id, author_id, body, is_internal) values
    (${ticketId}, ${moda.id}, ${moda.users.member}, 'Podem trocar o banner da home pela campanha de verão?', false),
    (${ticketId}, ${moda.id}, ${staffId}, 'Nota interna: cliente atrasou o pagamento do banner de verão', true)`;
});

describe("the embed queue", () => {
  it("is filled by the triggers and drained by the function in batches", async () => {
    const [queued] = await stack.sql<{ n: number }[]>`select count(*)::int as n from private.embedding_jobs`;
    expect(queued!.n).toBe(5); // two incidents, one ticket, two messages
    const report = await workQueue(2);
    expect(report).toMatchObject({ provider: "offline", claimed: 5, embedded: 5, failed: 0, batches: 3 });
    expect(report.notice).toContain("OPENAI_API_KEY");
    const [left] = await stack.sql<{ n: number }[]>`select count(*)::int as n from private.embedding_jobs`;
    expect(left!.n).toBe(0);
    const [note] = await stack.sql<{ staff_only: boolean }[]>`
      select staff_only from public.documents where source_kind = 'ticket_message' and content like 'Nota interna%'`;
    expect(note!.staff_only).toBe(true);
  });

  it("skips text that has not changed, and re-embeds text that has", async () => {
    await stack.sql`update public.incidents set title = title where org_id = ${moda.id}`;
    await stack.sql`update public.incidents set cause = 'Certificado TLS do gateway expirou' where org_id = ${padaria.id}`;
    // Both rows were written, so both are claimed; only the one whose text changed is embedded again.
    expect(await workQueue()).toMatchObject({ claimed: 2, embedded: 1, unchanged: 1 });
    await stack.sql`update public.incidents set cause = cause || '' where org_id = ${moda.id}`;
    expect(await workQueue()).toMatchObject({ claimed: 1, embedded: 0, unchanged: 1 });
  });

  it("keeps a failed job with its error for a retry, never losing it", async () => {
    await stack.sql`insert into private.embedding_jobs (source_kind, source_ref) values ('incident', gen_random_uuid())`;
    // A source that vanished is removed (its document too): a completed job, not an error.
    expect(await workQueue()).toMatchObject({ removed: 1, failed: 0 });
    const [job] = await stack.sql<{ id: string }[]>`
      insert into private.embedding_jobs (source_kind, source_ref)
      select 'project', gen_random_uuid() returning id`;
    await stack.sql`update private.embedding_jobs set attempts = 1 where id = ${job!.id}`;
    await stack.sql`select private.fail_embedding_job(${job!.id}, 'simulated outage')`;
    const [kept] = await stack.sql<{ last_error: string; later: boolean }[]>`
      select last_error, visible_at > clock_timestamp() as later from private.embedding_jobs where id = ${job!.id}`;
    expect(kept).toEqual({ last_error: "simulated outage", later: true });
    expect((await workQueue()).claimed).toBe(0);
    await stack.sql`delete from private.embedding_jobs where id = ${job!.id}`;
  });
});

describe("semantic search", () => {
  it("finds the organization's passage about the checkout incident, linked to its source", async () => {
    const hits = await search(moda.users.member, moda.id, "o que decidimos sobre o incidente do checkout?");
    expect(hits[0]).toMatchObject({ sourceKind: "incident", title: "Checkout fora do ar" });
    expect(hits[0]!.passage).toContain("renovar o certificado");
  });

  it("never shows another organization's passages, even when asked for them by id", async () => {
    const hits = await search(moda.users.member, padaria.id, "checkout da padaria memória do servidor");
    expect(hits).toEqual([]);
    const own = await search(moda.users.member, moda.id, "checkout da padaria memória do servidor");
    expect(own.every((hit) => !hit.title.includes("padaria"))).toBe(true);
  });

  it("hides internal notes from clients and shows them to staff", async () => {
    const client = await search(moda.users.member, moda.id, "banner de verão pagamento atrasou");
    expect(client.map((hit) => hit.passage)).not.toContainEqual(expect.stringContaining("Nota interna"));
    const message = client.find((hit) => hit.sourceKind === "ticket_message");
    expect(message?.ticketId).toBe(ticketId);
    const staff = await search(staffId, moda.id, "banner de verão pagamento atrasou");
    expect(staff.map((hit) => hit.passage)).toContainEqual(expect.stringContaining("Nota interna"));
  });

  it("searches every client for staff, each hit with its organization, and only the reader's own for a client", async () => {
    const { embedding } = await embedQuery("o que decidimos sobre o checkout fora do ar?");
    const staff = await searchDocuments(await requestDbAs(staffId), null, embedding);
    expect(new Set(staff.map((hit) => hit.orgSlug))).toEqual(new Set(["moda", "padaria"]));
    expect(staff.find((hit) => hit.orgId === padaria.id)).toMatchObject({ orgSlug: "padaria", orgName: "padaria" });
    const client = await searchDocuments(await requestDbAs(moda.users.member), null, embedding);
    expect(client.length).toBeGreaterThan(0);
    expect(client.every((hit) => hit.orgId === moda.id)).toBe(true);
  });

  it("links a hit to its source in the client dashboard and in the agency area", async () => {
    const hits = await search(staffId, moda.id, "banner de verão");
    const message = hits.find((hit) => hit.sourceKind === "ticket_message")!;
    expect(sourceHref(message)).toBe(`/app/moda/tickets/${ticketId}`);
    expect(adminSourceHref(message)).toBe(`/admin/tickets/${ticketId}`);
    const incident = (await search(staffId, moda.id, "checkout certificado")).find(
      (hit) => hit.sourceKind === "incident",
    )!;
    expect(adminSourceHref(incident)).toBe("/admin/clients/moda");
  });

  it("cuts a 5,000-character question instead of failing", async () => {
    const { q } = searchParamsSchema.parse({ q: "checkout ".repeat(600) });
    expect(q!.length).toBeLessThanOrEqual(500);
    const hits = await search(moda.users.member, moda.id, "checkout ".repeat(600));
    expect(hits.length).toBeGreaterThan(0);
  });
});
