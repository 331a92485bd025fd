import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TicketAttachment } from "@/src/db/schema";
import { ptBR } from "@/src/i18n/pt-BR";
import { pointAppAt } from "@/tests/support/app-env";
import { dataOf, errorOf, submit } from "@/tests/support/server-actions";
import { requestSessions } from "@/tests/support/request-session";
import { stackForThisFile } from "@/tests/support/stack";
import { createConfirmedUser } from "@/tests/support/users";
import { createOrganization, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * Ticket attachments end to end against the local stack: the member uploads each file the way the form does
 * (the file store's signed upload), posts the message naming the objects, and the database describes them from
 * the stored bytes; downloads go through the message, as the reader may see it. What cannot be attached (someone
 * else's upload, a recorded file, an object that is gone, another organization's) is refused in words and
 * nothing is written; an attachment taken back before posting frees its bytes at once.
 */
const stack = stackForThisFile();

const session = requestSessions(stack);
const as = session.as;
vi.mock("@/src/auth/get-verified-user", () => ({
  getVerifiedUser: async () => session.current.user,
  requireUser: async () => session.current.user,
}));
vi.mock("@/src/supabase/server-client", () => ({ createSupabaseServerClient: async () => session.current.client }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "accept-language": "pt-BR" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {} }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

let actions: {
  prepareUpload: typeof import("@/src/files/actions/prepare-upload").prepareUpload;
  recordUpload: typeof import("@/src/files/actions/record-upload").recordUpload;
  discardUpload: typeof import("@/src/files/actions/discard-upload").discardUpload;
  createTicket: typeof import("@/src/tickets/actions/create-ticket").createTicket;
  replyToTicket: typeof import("@/src/tickets/actions/reply-to-ticket").replyToTicket;
};
type RouteHandler = (request: Request, context: unknown) => Promise<unknown>;
let downloadRoute: RouteHandler;

let moda: OrganizationFixture;
let aurora: OrganizationFixture;
let staffId: string;

const notFound = expect.objectContaining({ digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) });

/** Uploads bytes as the signed-in member, the way the attachments field does, without recording them. */
async function uploadAttachment(org: OrganizationFixture, name: string, content: string, type = "application/pdf") {
  const bytes = new TextEncoder().encode(content);
  const { objectName, uploadUrl } = dataOf<{ objectName: string; uploadUrl: string }>(
    await submit(actions.prepareUpload, { org: org.slug, name, size: String(bytes.byteLength) }),
  );
  const response = await fetch(uploadUrl, {
    method: "PUT",
    headers: { apikey: stack.anonKey, "content-type": type, "x-upsert": "false" },
    body: bytes,
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return { objectName, name, size: bytes.byteLength };
}

const field = (attachment: { objectName: string; name: string }) =>
  JSON.stringify({ objectName: attachment.objectName, name: attachment.name });

async function newTicket(org: OrganizationFixture, attachments: string[], subject = "Nota fiscal com erro") {
  return submit(actions.createTicket, {
    org: org.slug,
    subject,
    description: "Segue a nota em anexo.",
    priority: "normal",
    "attachments[]": attachments,
  });
}

async function firstMessage(ticketId: string) {
  const [row] = await stack.sql<{ id: string; attachments: TicketAttachment[] }[]>`
    select id, attachments from public.ticket_messages where ticket_id = ${ticketId} order by created_at limit 1`;
  return row!;
}

async function ticketCount(orgId: string): Promise<number> {
  const [row] = await stack.sql<{ n: number }[]>`
    select count(*)::int as n from public.support_tickets where org_id = ${orgId}`;
  return row!.n;
}

async function objectExists(name: string): Promise<boolean> {
  const [row] = await stack.sql<{ n: number }[]>`
    select count(*)::int as n from storage.objects where bucket_id = 'client-files' and name = ${name}`;
  return row!.n > 0;
}

async function storageUsed(orgId: string): Promise<number> {
  const [row] = await stack.sql<{ value: string | null }[]>`
    select (select value::text from public.usage_counters
      where org_id = ${orgId} and metric = 'storage_bytes' and period = 'total') as value`;
  return Number(row!.value ?? 0);
}

/** Where the download route sends the browser, or what it threw instead. */
async function download(org: OrganizationFixture, ticketId: string, messageId: string, index: string) {
  try {
    await downloadRoute(new Request("http://app.test/"), {
      params: Promise.resolve({ org: org.slug, id: ticketId, message: messageId, index }),
    });
  } catch (thrown) {
    const digest = String((thrown as { digest?: unknown }).digest);
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";").slice(2, -2).join(";");
    throw thrown;
  }
  throw new Error("the route answered without redirecting");
}

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  actions = {
    prepareUpload: (await import("@/src/files/actions/prepare-upload")).prepareUpload,
    recordUpload: (await import("@/src/files/actions/record-upload")).recordUpload,
    discardUpload: (await import("@/src/files/actions/discard-upload")).discardUpload,
    createTicket: (await import("@/src/tickets/actions/create-ticket")).createTicket,
    replyToTicket: (await import("@/src/tickets/actions/reply-to-ticket")).replyToTicket,
  };
  downloadRoute = (await import("@/app/app/[org]/tickets/[id]/attachments/[message]/[index]/route"))
    .GET as RouteHandler;
  moda = await createOrganization(stack, { slug: "moda", tier: "pro" });
  aurora = await createOrganization(stack, { slug: "aurora", tier: "pro", roles: ["owner"] });
  staffId = await createConfirmedUser(stack, "sergio@agency.test");
  await stack.sql`insert into public.staff (user_id, role) values (${staffId}, 'admin')`;
  for (const org of [moda, aurora]) {
    for (const [role, id] of Object.entries(org.users)) session.knows(id, `${role}@${org.slug}.test`);
  }
}, 60_000);

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("a new ticket with attachments", () => {
  it("names the member's uploads, described by the database from the stored objects", async () => {
    await as(moda.users.member);
    const before = await storageUsed(moda.id);
    const invoice = await uploadAttachment(moda, "nota-fiscal.pdf", "%PDF-1.4 nota");
    const photo = await uploadAttachment(moda, "tela.png", "png-bytes-here", "image/png");
    expect(await storageUsed(moda.id)).toBe(before + invoice.size + photo.size);

    const outcome = await newTicket(moda, [field(invoice), field(photo)]);
    expect(outcome).toMatchObject({ redirect: expect.stringMatching(/^\/app\/moda\/tickets\/[0-9a-f-]{36}$/) });
    const ticketId = (outcome as { redirect: string }).redirect.split("/").pop()!;
    const message = await firstMessage(ticketId);
    expect(message.attachments).toEqual([
      { object_name: invoice.objectName, name: "nota-fiscal.pdf", mime_type: "application/pdf", size_bytes: 13 },
      { object_name: photo.objectName, name: "tela.png", mime_type: "image/png", size_bytes: 14 },
    ]);

    // Downloads go through the message: the member gets a signed URL that serves the bytes under the name.
    const url = await download(moda, ticketId, message.id, "0");
    const served = await fetch(url);
    expect(served.status).toBe(200);
    expect(await served.text()).toBe("%PDF-1.4 nota");
    expect(served.headers.get("content-disposition")).toContain("nota-fiscal.pdf");

    // Anyone else in the organization reads it too; another organization, a wrong position or ticket do not.
    await as(moda.users.owner);
    expect(await download(moda, ticketId, message.id, "1")).toContain("/storage/v1/object/sign/client-files/");
    await expect(download(moda, ticketId, message.id, "2")).rejects.toEqual(notFound);
    await expect(download(moda, crypto.randomUUID(), message.id, "0")).rejects.toEqual(notFound);
    await expect(download(moda, ticketId, message.id, "../0")).rejects.toEqual(notFound);
    await as(aurora.users.owner);
    await expect(download(aurora, ticketId, message.id, "0")).rejects.toEqual(notFound);
    await expect(download(moda, ticketId, message.id, "0")).rejects.toEqual(notFound);
    // Nor by Storage directly, guessing the path.
    const { data } = await session.current.client.storage.from("client-files").download(invoice.objectName);
    expect(data).toBeNull();

    // Attached, the object is no longer the uploader's to take back.
    await as(moda.users.member);
    expect(dataOf(await submit(actions.discardUpload, { org: "moda", objectName: invoice.objectName }))).toEqual({
      removed: false,
    });
    expect(await objectExists(invoice.objectName)).toBe(true);
  });

  it("refuses what the author cannot rightly attach, in words, and opens no ticket", async () => {
    await as(moda.users.admin);
    const othersUpload = await uploadAttachment(moda, "da-admin.pdf", "admin bytes");
    const recorded = await uploadAttachment(moda, "registrado.pdf", "recorded bytes");
    dataOf(await submit(actions.recordUpload, { org: "moda", objectName: recorded.objectName, name: recorded.name }));
    await as(moda.users.member);
    const tickets = await ticketCount(moda.id);
    const missing = { objectName: `${moda.id}/${crypto.randomUUID()}/nada.pdf`, name: "nada.pdf" };
    for (const attachment of [othersUpload, { ...recorded }, missing]) {
      const refused = errorOf(await newTicket(moda, [field(attachment)]));
      expect(refused).toMatchObject({ code: "attachment_unavailable", message: ptBR.errors.attachment_unavailable });
    }
    // Another organization's object is not the author's either.
    await as(aurora.users.owner);
    const foreign = await uploadAttachment(aurora, "alheio.pdf", "foreign");
    await as(moda.users.member);
    expect(errorOf(await newTicket(moda, [field(foreign)])).code).toBe("attachment_unavailable");
    // A malformed field, a path that is no upload's, eleven files: invalid before anything is written.
    expect(errorOf(await newTicket(moda, ["{not json"])).code).toBe("invalid_input");
    expect(errorOf(await newTicket(moda, [JSON.stringify({ objectName: "../x", name: "x" })])).code).toBe(
      "invalid_input",
    );
    const own = await uploadAttachment(moda, "um.pdf", "1");
    expect(
      errorOf(
        await newTicket(
          moda,
          Array.from({ length: 11 }, () => field(own)),
        ),
      ).code,
    ).toBe("invalid_input");
    expect(await ticketCount(moda.id)).toBe(tickets);

    // Taken back before posting, an upload is gone at once and stops counting.
    const used = await storageUsed(moda.id);
    expect(dataOf(await submit(actions.discardUpload, { org: "moda", objectName: own.objectName }))).toEqual({
      removed: true,
    });
    expect(await objectExists(own.objectName)).toBe(false);
    expect(await storageUsed(moda.id)).toBe(used - own.size);
    // Only one's own organization's objects, and only the uploader's.
    expect(errorOf(await submit(actions.discardUpload, { org: "moda", objectName: foreign.objectName })).code).toBe(
      "invalid_input",
    );
    expect(dataOf(await submit(actions.discardUpload, { org: "moda", objectName: othersUpload.objectName }))).toEqual({
      removed: false,
    });
    expect(await objectExists(othersUpload.objectName)).toBe(true);
  });
});

describe("replies with attachments", () => {
  it("carry the files; internal notes carry none, since members read every object of their folder", async () => {
    await as(moda.users.member);
    const opened = await newTicket(moda, [], "Dúvida sobre o layout");
    const ticketId = (opened as { redirect: string }).redirect.split("/").pop()!;
    const mockup = await uploadAttachment(moda, "mockup.png", "mockup", "image/png");
    dataOf(
      await submit(actions.replyToTicket, {
        org: "moda",
        ticketId,
        body: "Versão com o ajuste.",
        "attachments[]": [field(mockup)],
      }),
    );
    const [reply] = await stack.sql<{ attachments: TicketAttachment[] }[]>`
      select attachments from public.ticket_messages where ticket_id = ${ticketId} and body = 'Versão com o ajuste.'`;
    expect(reply!.attachments).toMatchObject([{ name: "mockup.png", mime_type: "image/png", size_bytes: 6 }]);

    const note = stack.sql`
      insert into public.ticket_messages (ticket_id, org_id, author_id, body, is_internal, attachments)
      values (${ticketId}, ${moda.id}, ${staffId}, 'Nota', true,
        ${stack.sql.json([{ object_name: mockup.objectName, name: "mockup.png" }])})`;
    await expect(note).rejects.toThrow(/ticket_messages_internal_without_attachments/);
  });
});
