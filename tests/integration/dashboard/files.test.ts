import { readdirSync } from "node:fs";
import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { idleState, type ActionState } from "@/src/actions/action-state";
import type { VerifiedUser } from "@/src/auth/get-verified-user";
import { nameProblem, objectKeySegment } from "@/src/files/file-name";
import { folderChoices } from "@/src/files/folder-tree";
import { parseQuotaRefusal } from "@/src/files/quota-refusal";
import { ptBR } from "@/src/i18n/pt-BR";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { createConfirmedUser, signedInClaims, TEST_PASSWORD } from "@/tests/support/users";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * The file store's queries and actions against the local stack, as each role: what everyone sees, what members
 * may change (their own folders and uploads) and owners and admins (anything, and deletions), what is refused
 * and in which words (names, empty files, the plan's storage), the upload's three steps (sign, send the bytes to
 * Storage, record) with the bytes and the record never diverging, and downloads: nobody reads another
 * organization's files by guessing a path, and a signed URL stops working when it expires.
 */
const stack = stackForThisFile();

/** Who the request's verified session belongs to, and their Supabase client (the request's cookies, here). */
let signedIn: VerifiedUser;
let requestClient: SupabaseClient;
vi.mock("@/src/auth/get-verified-user", () => ({
  getVerifiedUser: async () => signedIn,
  requireUser: async () => signedIn,
}));
vi.mock("@/src/supabase/server-client", () => ({ createSupabaseServerClient: async () => requestClient }));
// A browser asking in Portuguese, without a language cookie; actions revalidate pages nobody renders here.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "accept-language": "pt-BR" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {} }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const noSession = { auth: { persistSession: false, autoRefreshToken: false } };
const clients = new Map<string, SupabaseClient>();
const emails = new Map<string, string>();

async function as(userId: string) {
  const email = emails.get(userId)!;
  let client = clients.get(userId);
  if (!client) {
    client = createClient(stack.apiUrl, stack.anonKey, noSession);
    const { error } = await client.auth.signInWithPassword({ email, password: TEST_PASSWORD });
    if (error) throw error;
    clients.set(userId, client);
  }
  requestClient = client;
  signedIn = { id: userId, email, name: null, claims: signedInClaims(userId) } as VerifiedUser;
}

let queries: {
  getFolder: typeof import("@/src/files/queries/get-folder").getFolder;
  getFolderContents: typeof import("@/src/files/queries/get-folder-contents").getFolderContents;
  getFolderOptions: typeof import("@/src/files/queries/get-folder-options").getFolderOptions;
  getStorageUsage: typeof import("@/src/files/queries/get-storage-usage").getStorageUsage;
  getFile: typeof import("@/src/files/queries/get-file").getFile;
  isObjectRecorded: typeof import("@/src/files/queries/is-object-recorded").isObjectRecorded;
};
let actions: {
  createFolder: typeof import("@/src/files/actions/create-folder").createFolder;
  renameFolder: typeof import("@/src/files/actions/rename-folder").renameFolder;
  moveFolder: typeof import("@/src/files/actions/move-folder").moveFolder;
  deleteFolder: typeof import("@/src/files/actions/delete-folder").deleteFolder;
  prepareUpload: typeof import("@/src/files/actions/prepare-upload").prepareUpload;
  recordUpload: typeof import("@/src/files/actions/record-upload").recordUpload;
  renameFile: typeof import("@/src/files/actions/rename-file").renameFile;
  moveFile: typeof import("@/src/files/actions/move-file").moveFile;
  deleteFile: typeof import("@/src/files/actions/delete-file").deleteFile;
};
let routes: { download: (request: Request, context: unknown) => Promise<unknown>; preview: typeof routes.download };
let signFileUrl: typeof import("@/src/files/storage/sign-file-url").signFileUrl;

let moda: OrganizationFixture;
let aurora: OrganizationFixture;
let tiny: OrganizationFixture;
let colleagueId: string;
let staffId: string;

/** What `notFound()` throws: the page (or the action's request) answers 404. */
const notFound = expect.objectContaining({ digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) });

type FormAction = (state: ActionState<never>, formData: FormData) => Promise<ActionState<unknown>>;

/** Posts `fields` to a server action as its form would. */
async function submit(action: unknown, fields: Record<string, string>): Promise<ActionState<unknown>> {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.set(name, value);
  return (action as FormAction)(idleState as ActionState<never>, formData);
}

function dataOf<T>(state: ActionState<unknown>): T {
  if (state.status !== "success") throw new Error(`expected success, got ${JSON.stringify(state)}`);
  return state.data as T;
}

function errorOf(state: ActionState<unknown>) {
  if (state.status !== "error") throw new Error(`expected a refusal, got ${JSON.stringify(state)}`);
  return state.error;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable("expected a refusal"),
    (error: unknown) => error,
  );
}

/** The bytes the organization's storage counter holds, read as the superuser. */
async function storageUsed(orgId: string): Promise<number> {
  const [row] = await stack.sql<{ value: string | null }[]>`
    select (select value::text from public.usage_counters
      where org_id = ${orgId} and metric = 'storage_bytes' and period = 'total') as value`;
  return Number(row!.value ?? 0);
}

async function objectExists(name: string): Promise<boolean> {
  const [row] = await stack.sql<{ n: number }[]>`
    select count(*)::int as n from storage.objects where bucket_id = 'client-files' and name = ${name}`;
  return row!.n > 0;
}

function filesOnDisk(): number {
  return readdirSync(stack.filesDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

/** Sends bytes to a signed upload URL exactly as the page does (XMLHttpRequest PUT, raw body). */
function put(url: string, body: BodyInit, type: string, signal?: AbortSignal) {
  return fetch(url, {
    method: "PUT",
    headers: { apikey: stack.anonKey, "content-type": type, "cache-control": "max-age=3600", "x-upsert": "false" },
    body,
    signal,
    duplex: "half",
  } as RequestInit);
}

interface Prepared {
  objectName: string;
  uploadUrl: string;
}

/** The whole upload as the page runs it: sign, send the bytes to Storage, record. Returns the file's id. */
async function upload(
  org: OrganizationFixture,
  name: string,
  content: string | Uint8Array,
  { type = "text/plain", folder = "" }: { type?: string; folder?: string } = {},
): Promise<{ id: string; objectName: string; sizeBytes: number }> {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  const prepared = dataOf<Prepared>(
    await submit(actions.prepareUpload, { org: org.slug, name, size: String(bytes.byteLength), folder }),
  );
  const response = await put(prepared.uploadUrl, new Blob([bytes as BlobPart]), type);
  expect(response.status, await response.clone().text()).toBe(200);
  const recorded = dataOf<{ id: string; sizeBytes: number }>(
    await submit(actions.recordUpload, { org: org.slug, objectName: prepared.objectName, name, folder }),
  );
  return { id: recorded.id, objectName: prepared.objectName, sizeBytes: recorded.sizeBytes };
}

/** Where a route handler redirects (Next's redirect() throws it), or what else it threw. */
async function redirectOf(
  handler: (request: Request, context: unknown) => Promise<unknown>,
  slug: string,
  id: string,
): Promise<string> {
  const thrown = await rejection(
    handler(new Request("http://app.test/"), { params: Promise.resolve({ org: slug, id }) }),
  );
  const digest = String((thrown as { digest?: unknown }).digest);
  if (!digest.startsWith("NEXT_REDIRECT")) throw thrown;
  return digest.split(";").slice(2, -2).join(";");
}

async function addUser(org: OrganizationFixture, email: string, role: "member" | "admin" | "owner") {
  const id = await createConfirmedUser(stack, email);
  await stack.sql`
    insert into public.memberships (org_id, user_id, role, status) values (${org.id}, ${id}, ${role}, 'accepted')`;
  return id;
}

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  queries = {
    getFolder: (await import("@/src/files/queries/get-folder")).getFolder,
    getFolderContents: (await import("@/src/files/queries/get-folder-contents")).getFolderContents,
    getFolderOptions: (await import("@/src/files/queries/get-folder-options")).getFolderOptions,
    getStorageUsage: (await import("@/src/files/queries/get-storage-usage")).getStorageUsage,
    getFile: (await import("@/src/files/queries/get-file")).getFile,
    isObjectRecorded: (await import("@/src/files/queries/is-object-recorded")).isObjectRecorded,
  };
  actions = {
    createFolder: (await import("@/src/files/actions/create-folder")).createFolder,
    renameFolder: (await import("@/src/files/actions/rename-folder")).renameFolder,
    moveFolder: (await import("@/src/files/actions/move-folder")).moveFolder,
    deleteFolder: (await import("@/src/files/actions/delete-folder")).deleteFolder,
    prepareUpload: (await import("@/src/files/actions/prepare-upload")).prepareUpload,
    recordUpload: (await import("@/src/files/actions/record-upload")).recordUpload,
    renameFile: (await import("@/src/files/actions/rename-file")).renameFile,
    moveFile: (await import("@/src/files/actions/move-file")).moveFile,
    deleteFile: (await import("@/src/files/actions/delete-file")).deleteFile,
  };
  routes = {
    download: (await import("@/app/app/[org]/files/file/[id]/download/route")).GET as typeof routes.download,
    preview: (await import("@/app/app/[org]/files/file/[id]/preview/route")).GET as typeof routes.download,
  };
  ({ signFileUrl } = await import("@/src/files/storage/sign-file-url"));

  moda = await createOrganization(stack, { slug: "moda", tier: "pro" });
  aurora = await createOrganization(stack, { slug: "aurora", tier: "enterprise", roles: ["owner"] });
  tiny = await createOrganization(stack, { slug: "tiny", tier: "basic", roles: ["owner", "member"] });
  await stack.sql`
    insert into public.org_limit_overrides (org_id, limit_key, value, reason)
    values (${tiny.id}, 'storage_bytes', 1000, 'test')`;
  colleagueId = await addUser(moda, "colleague@moda.test", "member");
  staffId = await createConfirmedUser(stack, "sergio@agency.test");
  await stack.sql`insert into public.staff (user_id, role) values (${staffId}, 'admin')`;
  for (const org of [moda, aurora, tiny]) {
    for (const [role, id] of Object.entries(org.users)) emails.set(id, `${role}@${org.slug}.test`);
  }
  emails.set(colleagueId, "colleague@moda.test");
  emails.set(staffId, "sergio@agency.test");
  await stack.sql`update public.profiles set full_name = 'Fernanda Lima' where id = ${moda.users.member}`;
}, 60_000);

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("names", () => {
  it.each([
    ["", "file_name_required"],
    ["   ", "file_name_required"],
    ["../etc/passwd", "file_name_invalid"],
    ["..", "file_name_invalid"],
    ["a/b.pdf", "file_name_invalid"],
    ["a\\b.pdf", "file_name_invalid"],
    ["bell\u0007.txt", "file_name_invalid"],
    ["line\nbreak.txt", "file_name_invalid"],
    ["invoice\u202Efdp.exe", "file_name_invalid"],
    ["x".repeat(256), "file_name_too_long"],
    ["Relatório de março (final).pdf", null],
    ["..hidden but fine", null],
  ])("judges %j as %s", (name, problem) => {
    expect(nameProblem(name)).toBe(problem);
  });

  it("keys objects by an ASCII segment of the name, whatever it holds", () => {
    expect(objectKeySegment("Relatório de março (final).pdf")).toBe("Relatorio-de-marco-final.pdf");
    expect(objectKeySegment("日本語.txt")).toBe("txt");
    expect(objectKeySegment("...")).toBe("file");
    expect(objectKeySegment(`${"a".repeat(300)}.jpeg`)).toMatch(/^a{95}\.jpeg$/);
  });
});

describe("folders", () => {
  const ids = {} as Record<"campaigns" | "summer" | "contracts" | "mine", string>;

  it("lets any member create one, at the top or inside another, with the name as typed (trimmed)", async () => {
    await as(moda.users.admin);
    ids.campaigns = dataOf<{ id: string }>(await submit(actions.createFolder, { org: "moda", name: "Campanhas" })).id;
    await as(moda.users.member);
    const summer = dataOf<{ id: string; name: string }>(
      await submit(actions.createFolder, { org: "moda", name: "  Coleção Verão ", parent: ids.campaigns }),
    );
    expect(summer.name).toBe("Coleção Verão");
    ids.summer = summer.id;
    ids.mine = dataOf<{ id: string }>(await submit(actions.createFolder, { org: "moda", name: "Rascunhos" })).id;
    await as(moda.users.owner);
    ids.contracts = dataOf<{ id: string }>(await submit(actions.createFolder, { org: "moda", name: "Contratos" })).id;

    const folder = await queries.getFolder(await requestDbAs(moda.users.member), moda.id, ids.summer);
    expect(folder).toEqual({
      id: ids.summer,
      name: "Coleção Verão",
      parentId: ids.campaigns,
      createdBy: moda.users.member,
      ancestors: [{ id: ids.campaigns, name: "Campanhas" }],
    });
  });

  it("refuses bad names with the reason, in the user's language", async () => {
    await as(moda.users.member);
    for (const [name, key] of [
      ["", "file_name_required"],
      ["../segredos", "file_name_invalid"],
      ["a/b", "file_name_invalid"],
      ["tab\there", "file_name_invalid"],
      ["y".repeat(256), "file_name_too_long"],
    ] as const) {
      const error = errorOf(await submit(actions.createFolder, { org: "moda", name }));
      expect(error).toMatchObject({ code: "invalid_input", fields: { name: ptBR.validation[key] } });
    }
  });

  it("refuses a parent of another organization, and strangers altogether (404)", async () => {
    await as(aurora.users.owner);
    const theirs = dataOf<{ id: string }>(await submit(actions.createFolder, { org: "aurora", name: "Portal" })).id;
    await as(moda.users.member);
    expect(errorOf(await submit(actions.createFolder, { org: "moda", name: "X", parent: theirs })).code).toBe(
      "not_found",
    );
    await as(aurora.users.owner);
    expect(await rejection(submit(actions.createFolder, { org: "moda", name: "Intruder" }))).toEqual(notFound);
    expect(await queries.getFolder(await requestDbAs(aurora.users.owner), moda.id, ids.campaigns)).toBeNull();
    expect(await queries.getFolder(await requestDbAs(moda.users.owner), moda.id, theirs)).toBeNull();
    expect(await queries.getFolder(await requestDbAs(moda.users.owner), moda.id, "not-a-uuid")).toBeNull();
  });

  it("lists every folder of the organization for moves, as a tree that leaves out a folder's own branch", async () => {
    const options = await queries.getFolderOptions(await requestDbAs(moda.users.member), moda.id);
    expect(options.map((o) => o.name)).toEqual(["Campanhas", "Coleção Verão", "Contratos", "Rascunhos"]);
    expect(folderChoices(options).map((choice) => choice.label)).toEqual([
      "Campanhas",
      "Campanhas / Coleção Verão",
      "Contratos",
      "Rascunhos",
    ]);
    expect(folderChoices(options, ids.campaigns).map((choice) => choice.label)).toEqual(["Contratos", "Rascunhos"]);
    expect(await queries.getFolderOptions(await requestDbAs(aurora.users.owner), moda.id)).toEqual([]);
  });

  it("lets the creator and owners/admins rename one, and nobody else", async () => {
    await as(moda.users.member);
    expect(dataOf(await submit(actions.renameFolder, { org: "moda", id: ids.mine, name: "Rascunhos 2026" }))).toEqual({
      id: ids.mine,
      name: "Rascunhos 2026",
    });
    expect(errorOf(await submit(actions.renameFolder, { org: "moda", id: ids.contracts, name: "Meus" })).code).toBe(
      "forbidden",
    );
    await as(colleagueId);
    expect(errorOf(await submit(actions.renameFolder, { org: "moda", id: ids.mine, name: "Meus" })).code).toBe(
      "forbidden",
    );
    await as(moda.users.admin);
    expect(dataOf(await submit(actions.renameFolder, { org: "moda", id: ids.mine, name: "Rascunhos" }))).toMatchObject({
      name: "Rascunhos",
    });
    expect(errorOf(await submit(actions.renameFolder, { org: "moda", id: ids.mine, name: "a/b" })).fields).toEqual({
      name: ptBR.validation.file_name_invalid,
    });
    const unknown = crypto.randomUUID();
    expect(errorOf(await submit(actions.renameFolder, { org: "moda", id: unknown, name: "Z" })).code).toBe("not_found");
  });

  it("moves one anywhere but inside itself: the database refuses the loop", async () => {
    await as(moda.users.admin);
    const loop = errorOf(await submit(actions.moveFolder, { org: "moda", id: ids.campaigns, parent: ids.summer }));
    expect(loop).toMatchObject({ code: "folder_cycle", message: ptBR.errors.folder_cycle });
    const self = errorOf(await submit(actions.moveFolder, { org: "moda", id: ids.campaigns, parent: ids.campaigns }));
    expect(self.code).toBe("folder_cycle");
    expect(dataOf(await submit(actions.moveFolder, { org: "moda", id: ids.mine, parent: ids.campaigns }))).toEqual({
      id: ids.mine,
      parentId: ids.campaigns,
    });
    const unknown = crypto.randomUUID();
    expect(errorOf(await submit(actions.moveFolder, { org: "moda", id: ids.mine, parent: unknown })).code).toBe(
      "not_found",
    );
    await as(colleagueId);
    expect(errorOf(await submit(actions.moveFolder, { org: "moda", id: ids.mine, parent: "" })).code).toBe("forbidden");
    await as(moda.users.member);
    expect(dataOf(await submit(actions.moveFolder, { org: "moda", id: ids.mine, parent: "" }))).toMatchObject({
      parentId: null,
    });
  });

  it("leaves deletion to owners and admins: subfolders go with it, their files move to the top", async () => {
    await as(moda.users.member);
    const inside = await upload(moda, "briefing.txt", "summer briefing", { folder: ids.summer });
    expect(errorOf(await submit(actions.deleteFolder, { org: "moda", id: ids.campaigns })).code).toBe("forbidden");

    await as(moda.users.owner);
    expect(dataOf(await submit(actions.deleteFolder, { org: "moda", id: ids.campaigns }))).toEqual({
      id: ids.campaigns,
    });
    const db = await requestDbAs(moda.users.owner);
    expect(await queries.getFolder(db, moda.id, ids.summer)).toBeNull();
    expect(await queries.getFile(db, moda.id, inside.id)).toMatchObject({ folderId: null, name: "briefing.txt" });
    expect(errorOf(await submit(actions.deleteFolder, { org: "moda", id: ids.campaigns })).code).toBe("not_found");
  });
});

describe("uploads", () => {
  it("signs, stores and records a file: the record takes the size and type Storage holds", async () => {
    await as(moda.users.member);
    const before = await storageUsed(moda.id);
    const prepared = dataOf<Prepared>(
      await submit(actions.prepareUpload, { org: "moda", name: "Relatório de março.pdf", size: "2048" }),
    );
    expect(prepared.objectName).toMatch(new RegExp(`^${moda.id}/[0-9a-f-]{36}/Relatorio-de-marco\\.pdf$`));
    expect(prepared.uploadUrl).toContain(`/storage/v1/object/upload/sign/client-files/${prepared.objectName}?token=`);
    // The quota counts the bytes the moment Storage holds them, before anything records them.
    expect((await put(prepared.uploadUrl, new Blob([new Uint8Array(2048)]), "application/pdf")).status).toBe(200);
    expect(await storageUsed(moda.id)).toBe(before + 2048);

    const recorded = dataOf<{ id: string; name: string; sizeBytes: number }>(
      await submit(actions.recordUpload, {
        org: "moda",
        objectName: prepared.objectName,
        name: "Relatório de março.pdf",
        folder: "",
      }),
    );
    expect(recorded).toMatchObject({ name: "Relatório de março.pdf", sizeBytes: 2048 });
    expect(await storageUsed(moda.id)).toBe(before + 2048);
    const db = await requestDbAs(moda.users.member);
    expect(await queries.getFile(db, moda.id, recorded.id)).toMatchObject({
      name: "Relatório de março.pdf",
      mimeType: "application/pdf",
      sizeBytes: 2048,
      uploadedBy: moda.users.member,
      objectName: prepared.objectName,
    });
    expect(await queries.getStorageUsage(db, moda.id)).toBe(before + 2048);
  });

  it("refuses empty files, bad names and a missing folder before signing anything", async () => {
    await as(moda.users.member);
    const files = filesOnDisk();
    const empty = errorOf(await submit(actions.prepareUpload, { org: "moda", name: "vazio.txt", size: "0" }));
    expect(empty).toMatchObject({ code: "invalid_input", fields: { size: ptBR.validation.file_empty } });
    for (const [name, key] of [
      ["../../etc/passwd", "file_name_invalid"],
      ["nota\u0000.txt", "file_name_invalid"],
      ["nota\u001b[31m.txt", "file_name_invalid"],
      [" ", "file_name_required"],
    ] as const) {
      const refused = errorOf(await submit(actions.prepareUpload, { org: "moda", name, size: "10" }));
      expect(refused.fields).toEqual({ name: ptBR.validation[key] });
    }
    const unknown = crypto.randomUUID();
    const folder = errorOf(
      await submit(actions.prepareUpload, { org: "moda", name: "a.txt", size: "1", folder: unknown }),
    );
    expect(folder.code).toBe("not_found");
    expect(filesOnDisk()).toBe(files);
  });

  it("refuses a file past the plan's storage up front, saying how much is left", async () => {
    await as(tiny.users.member);
    await upload(tiny, "notes.txt", "x".repeat(300));
    const refused = errorOf(await submit(actions.prepareUpload, { org: "tiny", name: "video.mp4", size: "800" }));
    expect(refused).toMatchObject({
      code: "tier_limit_exceeded",
      message: ptBR.errors.tier_limit_exceeded,
      tierLimit: { limit: "storage_bytes", value: 1000, usage: 300 },
    });
  });

  it("and Storage refuses bytes past it even when the page was told a smaller size: nothing is kept", async () => {
    await as(tiny.users.member);
    const files = filesOnDisk();
    const prepared = dataOf<Prepared>(
      await submit(actions.prepareUpload, { org: "tiny", name: "small.txt", size: "10" }),
    );
    const response = await put(prepared.uploadUrl, "y".repeat(900), "text/plain");
    const body = (await response.json()) as { statusCode: string; code: string; message: string };
    expect(body).toMatchObject({ statusCode: "403", code: "AccessDenied" });
    expect(parseQuotaRefusal(body.message)).toEqual({ left: 700, limit: 1000, needed: 900 });
    expect(await objectExists(prepared.objectName)).toBe(false);
    expect(filesOnDisk()).toBe(files);
    expect(await storageUsed(tiny.id)).toBe(300);
    // Recording what never arrived records nothing.
    const record = errorOf(
      await submit(actions.recordUpload, { org: "tiny", objectName: prepared.objectName, name: "small.txt" }),
    );
    expect(record.code).toBe("not_found");
    expect(await queries.isObjectRecorded(await requestDbAs(tiny.users.owner), prepared.objectName)).toBe(false);
  });

  it("never lets bytes outlive a failed record: the uploader's object is removed at once", async () => {
    await as(moda.users.member);
    const before = await storageUsed(moda.id);
    const prepared = dataOf<Prepared>(await submit(actions.prepareUpload, { org: "moda", name: "a.txt", size: "5" }));
    expect((await put(prepared.uploadUrl, "hello", "text/plain")).status).toBe(200);
    expect(await storageUsed(moda.id)).toBe(before + 5);
    // The folder was deleted between the upload and the record.
    const gone = crypto.randomUUID();
    const refused = errorOf(
      await submit(actions.recordUpload, { org: "moda", objectName: prepared.objectName, name: "a.txt", folder: gone }),
    );
    expect(refused.code).toBe("not_found");
    expect(await objectExists(prepared.objectName)).toBe(false);
    expect(await storageUsed(moda.id)).toBe(before);
  });

  it("keeps the bytes of a file already recorded when the same object is recorded twice", async () => {
    await as(moda.users.admin);
    const file = await upload(moda, "twice.txt", "twice");
    const again = errorOf(
      await submit(actions.recordUpload, { org: "moda", objectName: file.objectName, name: "again.txt" }),
    );
    expect(again.code).toBe("conflict");
    expect(await objectExists(file.objectName)).toBe(true);
  });

  it("records only objects of the organization's own folder", async () => {
    await as(aurora.users.owner);
    const theirs = await upload(aurora, "portal.txt", "portal");
    await as(moda.users.member);
    const refused = errorOf(
      await submit(actions.recordUpload, { org: "moda", objectName: theirs.objectName, name: "stolen.txt" }),
    );
    expect(refused.code).toBe("invalid_input");
    expect(await objectExists(theirs.objectName)).toBe(true);
  });

  it("keeps nothing of an upload cancelled halfway", async () => {
    await as(moda.users.member);
    const before = await storageUsed(moda.id);
    const files = filesOnDisk();
    const prepared = dataOf<Prepared>(
      await submit(actions.prepareUpload, { org: "moda", name: "big.bin", size: String(4 * 1024 * 1024) }),
    );
    const abort = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        controller.enqueue(new Uint8Array(64 * 1024));
        await new Promise((resolve) => setTimeout(resolve, 5));
      },
    });
    const sending = put(prepared.uploadUrl, body, "application/octet-stream", abort.signal);
    await new Promise((resolve) => setTimeout(resolve, 150));
    abort.abort();
    await expect(sending).rejects.toThrow();
    await expect.poll(() => filesOnDisk(), { timeout: 5_000 }).toBe(files);
    expect(await objectExists(prepared.objectName)).toBe(false);
    expect(await storageUsed(moda.id)).toBe(before);
  });

  it("is refused in a read-only view-as: Storage is reached with the person's own session", async () => {
    const [session] = await stack.sql<{ id: string }[]>`
      insert into public.impersonation_sessions (staff_user_id, target_user_id, reason, read_only)
      values (${staffId}, ${moda.users.member}, 'ticket 7: upload question', true) returning id`;
    try {
      await as(staffId);
      expect(errorOf(await submit(actions.prepareUpload, { org: "moda", name: "a.txt", size: "1" })).code).toBe(
        "read_only_impersonation",
      );
      expect(errorOf(await submit(actions.createFolder, { org: "moda", name: "Sombra" })).code).toBe(
        "read_only_impersonation",
      );
    } finally {
      await stack.sql`update public.impersonation_sessions set ended_at = now() where id = ${session!.id}`;
    }
  });
});

describe("files", () => {
  let shared: { id: string; objectName: string; sizeBytes: number };
  let folder: string;

  beforeAll(async () => {
    await as(moda.users.member);
    shared = await upload(moda, "Catálogo.csv", "sku,price\n1,10\n", { type: "text/csv" });
    folder = dataOf<{ id: string }>(await submit(actions.createFolder, { org: "moda", name: "Planilhas" })).id;
  });

  it("shows everyone a folder's subfolders and files, with uploader names, in the order asked", async () => {
    await as(moda.users.owner);
    await upload(moda, "zeta.txt", "z".repeat(4000));
    const db = await requestDbAs(colleagueId);
    const byName = await queries.getFolderContents(db, moda.id, null);
    expect(byName.folders.map((f) => f.name)).toEqual(["Contratos", "Planilhas", "Rascunhos"]);
    expect(byName.folders.find((f) => f.name === "Planilhas")).toMatchObject({
      itemCount: 0,
      createdBy: moda.users.member,
    });
    const names = byName.files.map((f) => f.name);
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(byName.files.find((f) => f.id === shared.id)).toMatchObject({
      name: "Catálogo.csv",
      mimeType: "text/csv",
      sizeBytes: shared.sizeBytes,
      uploadedBy: moda.users.member,
      uploaderName: "Fernanda Lima",
    });
    const largest = await queries.getFolderContents(db, moda.id, null, "largest");
    expect(largest.files[0]!.name).toBe("zeta.txt");
    const newest = await queries.getFolderContents(db, moda.id, null, "newest");
    expect(newest.files[0]!.name).toBe("zeta.txt");
    // Nothing of another organization, whoever asks and whatever id they pass.
    expect(await queries.getFolderContents(await requestDbAs(aurora.users.owner), moda.id, null)).toEqual({
      folders: [],
      files: [],
    });
    expect(await queries.getFolderContents(db, aurora.id, null)).toEqual({ folders: [], files: [] });
    expect(await queries.getFile(await requestDbAs(aurora.users.owner), moda.id, shared.id)).toBeNull();
    expect(await queries.getFile(db, moda.id, "1234")).toBeNull();
    expect(await queries.getStorageUsage(await requestDbAs(aurora.users.owner), moda.id)).toBe(0);
  });

  it("lets the uploader and owners/admins rename a file, and refuses bad names", async () => {
    await as(colleagueId);
    expect(errorOf(await submit(actions.renameFile, { org: "moda", id: shared.id, name: "Meu.csv" })).code).toBe(
      "forbidden",
    );
    await as(moda.users.member);
    expect(dataOf(await submit(actions.renameFile, { org: "moda", id: shared.id, name: "Catálogo 2026.csv" }))).toEqual(
      {
        id: shared.id,
        name: "Catálogo 2026.csv",
      },
    );
    for (const name of ["../Catálogo.csv", "nome\u0007.csv", ""]) {
      expect(errorOf(await submit(actions.renameFile, { org: "moda", id: shared.id, name })).code).toBe(
        "invalid_input",
      );
    }
    await as(moda.users.admin);
    expect(
      dataOf(await submit(actions.renameFile, { org: "moda", id: shared.id, name: "Catálogo.csv" })),
    ).toMatchObject({
      name: "Catálogo.csv",
    });
    // The object keeps its key: only the name people see changed.
    const file = await queries.getFile(await requestDbAs(moda.users.admin), moda.id, shared.id);
    expect(file?.objectName).toBe(shared.objectName);
  });

  it("moves a file into a folder and back, never into another organization's", async () => {
    await as(moda.users.member);
    expect(dataOf(await submit(actions.moveFile, { org: "moda", id: shared.id, folder }))).toEqual({
      id: shared.id,
      folderId: folder,
    });
    const inFolder = await queries.getFolderContents(await requestDbAs(moda.users.member), moda.id, folder);
    expect(inFolder.files.map((f) => f.id)).toEqual([shared.id]);
    await as(aurora.users.owner);
    const theirs = dataOf<{ id: string }>(await submit(actions.createFolder, { org: "aurora", name: "Deles" })).id;
    await as(moda.users.member);
    expect(errorOf(await submit(actions.moveFile, { org: "moda", id: shared.id, folder: theirs })).code).toBe(
      "not_found",
    );
    await as(colleagueId);
    expect(errorOf(await submit(actions.moveFile, { org: "moda", id: shared.id, folder: "" })).code).toBe("forbidden");
    await as(moda.users.owner);
    expect(dataOf(await submit(actions.moveFile, { org: "moda", id: shared.id, folder: "" }))).toMatchObject({
      folderId: null,
    });
  });

  it("leaves deletion to owners and admins: the object goes, then the row, and the quota follows", async () => {
    await as(moda.users.member);
    const mine = await upload(moda, "descartável.txt", "d".repeat(1234));
    expect(errorOf(await submit(actions.deleteFile, { org: "moda", id: mine.id })).code).toBe("forbidden");
    expect(await objectExists(mine.objectName)).toBe(true);

    await as(moda.users.admin);
    const before = await storageUsed(moda.id);
    expect(dataOf(await submit(actions.deleteFile, { org: "moda", id: mine.id }))).toEqual({
      id: mine.id,
      name: "descartável.txt",
      sizeBytes: 1234,
    });
    expect(await objectExists(mine.objectName)).toBe(false);
    expect(await queries.getFile(await requestDbAs(moda.users.admin), moda.id, mine.id)).toBeNull();
    expect(await storageUsed(moda.id)).toBe(before - 1234);
    expect(errorOf(await submit(actions.deleteFile, { org: "moda", id: mine.id })).code).toBe("not_found");

    await as(aurora.users.owner);
    expect(await rejection(submit(actions.deleteFile, { org: "moda", id: shared.id }))).toEqual(notFound);
    expect(await objectExists(shared.objectName)).toBe(true);
  });
});

describe("downloads", () => {
  let file: { id: string; objectName: string };

  beforeAll(async () => {
    await as(moda.users.member);
    file = await upload(moda, "R&D #1.txt", "the research and development plan", { type: "text/plain" });
  });

  it("sends a member to a one-minute signed URL: an attachment under the file's name, or inline for previews", async () => {
    await as(colleagueId);
    const download = await redirectOf(routes.download, "moda", file.id);
    expect(download).toContain("/storage/v1/object/sign/client-files/");
    const response = await fetch(download);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("the research and development plan");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename=${encodeURIComponent("R&D #1.txt")}; filename*=UTF-8''${encodeURIComponent("R&D #1.txt")};`,
    );
    const expires = Date.parse(response.headers.get("expires")!);
    expect(expires - Date.now()).toBeLessThanOrEqual(61_000);

    const preview = await fetch(await redirectOf(routes.preview, "moda", file.id));
    expect(preview.headers.get("content-disposition")).toBeNull();
    expect(preview.headers.get("content-type")).toBe("text/plain");
    await preview.arrayBuffer();
  });

  it("gives a member of another organization nothing, however they guess", async () => {
    await as(aurora.users.owner);
    // Through the app: the organization is not theirs (404), nor is the file under their own.
    expect(
      await rejection(
        routes.download(new Request("http://app.test/"), {
          params: Promise.resolve({ org: "moda", id: file.id }),
        }),
      ),
    ).toEqual(notFound);
    expect(
      await rejection(
        routes.download(new Request("http://app.test/"), {
          params: Promise.resolve({ org: "aurora", id: file.id }),
        }),
      ),
    ).toEqual(notFound);
    // Straight to Storage with the exact path: hidden as if missing, and nothing to sign.
    const storage = requestClient.storage.from("client-files");
    expect((await storage.download(file.objectName)).error).toMatchObject({ statusCode: "404" });
    expect((await storage.createSignedUrl(file.objectName, 60)).error).toMatchObject({ statusCode: "404" });
    expect((await storage.list(moda.id)).data).toEqual([]);
    const anonymous = await fetch(`${stack.apiUrl}/storage/v1/object/client-files/${file.objectName}`, {
      headers: { apikey: stack.anonKey },
    });
    expect(anonymous.status).toBe(400);
    await anonymous.arrayBuffer();
  });

  it("stops honouring a signed URL once it expires", async () => {
    await as(moda.users.member);
    const url = await signFileUrl(file.objectName, { expiresIn: 1 });
    expect(url).not.toBeNull();
    const fresh = await fetch(url!);
    expect(fresh.status).toBe(200);
    await fresh.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const expired = await fetch(url!);
    expect(expired.status).toBe(400);
    expect(await expired.json()).toMatchObject({ code: "InvalidJWT", message: "jwt expired" });
  });
});
