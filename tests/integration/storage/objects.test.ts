import { readdirSync } from "node:fs";
import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import { beforeAll, describe, expect, it } from "vitest";
import { stackForThisFile } from "../../support/stack.ts";

// Storage conformance through supabase-js with the service-role key: what every caller sees once RLS allows it.

const GLOBAL_LIMIT = 256 * 1024;
const noSession = { auth: { persistSession: false, autoRefreshToken: false } };

const stack = stackForThisFile({ config: { storage: { file_size_limit: GLOBAL_LIMIT } } });
let admin: SupabaseClient;

function storedFileCount(): number {
  return readdirSync(stack.filesDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

async function objectRowCount(): Promise<number> {
  const [row] = await stack.sql<{ count: number }[]>`select count(*)::int as count from storage.objects`;
  return row!.count;
}

async function uploadText(bucket: string, path: string, text: string): Promise<void> {
  const { error } = await admin.storage.from(bucket).upload(path, text, { contentType: "text/plain" });
  expect(error).toBeNull();
}

async function downloadText(bucket: string, path: string): Promise<string> {
  const { data, error } = await admin.storage.from(bucket).download(path);
  expect(error).toBeNull();
  return data!.text();
}

beforeAll(async () => {
  admin = createClient(stack.apiUrl, stack.serviceRoleKey, noSession);
  const buckets: Array<[string, { public: boolean; fileSizeLimit?: number; allowedMimeTypes?: string[] }]> = [
    ["files", { public: false }],
    ["assets", { public: true }],
    ["limited", { public: false, fileSizeLimit: 1024, allowedMimeTypes: ["image/*", "text/plain"] }],
  ];
  for (const [id, options] of buckets) {
    const { error } = await admin.storage.createBucket(id, options);
    expect(error).toBeNull();
  }
});

describe("buckets", () => {
  it("creates, reads, lists, updates, empties and deletes a bucket", async () => {
    const created = await admin.storage.createBucket("scratch", {
      public: false,
      fileSizeLimit: "100KB",
      allowedMimeTypes: ["Image/PNG", "text/plain; charset=utf-8"],
    });
    expect(created).toEqual({ data: { name: "scratch" }, error: null });

    const { data: bucket } = await admin.storage.getBucket("scratch");
    expect(bucket).toMatchObject({
      id: "scratch",
      name: "scratch",
      public: false,
      file_size_limit: 100_000,
      allowed_mime_types: ["image/png", "text/plain"],
    });
    expect(Date.parse(bucket!.created_at)).not.toBeNaN();

    const { data: buckets } = await admin.storage.listBuckets();
    expect(buckets!.map((b) => b.id)).toEqual(expect.arrayContaining(["assets", "files", "limited", "scratch"]));
    const { data: searched } = await admin.storage.listBuckets({ search: "scrat", sortColumn: "id" });
    expect(searched!.map((b) => b.id)).toEqual(["scratch"]);

    expect(await admin.storage.updateBucket("scratch", { public: true })).toEqual({
      data: { message: "Successfully updated" },
      error: null,
    });
    const { data: updated } = await admin.storage.getBucket("scratch");
    expect(updated).toMatchObject({
      public: true,
      file_size_limit: 100_000,
      allowed_mime_types: ["image/png", "text/plain"],
    });

    await uploadText("scratch", "a.txt", "a");
    const notEmpty = await admin.storage.deleteBucket("scratch");
    expect(notEmpty.error).toMatchObject({ status: 400, statusCode: "409", code: "InvalidRequest" });
    expect(await admin.storage.emptyBucket("scratch")).toEqual({
      data: { message: "Successfully emptied" },
      error: null,
    });
    expect(await admin.storage.deleteBucket("scratch")).toEqual({
      data: { message: "Successfully deleted" },
      error: null,
    });

    const gone = await admin.storage.getBucket("scratch");
    expect(gone.error).toMatchObject({
      status: 400,
      statusCode: "404",
      code: "NoSuchBucket",
      message: "Bucket not found",
    });
  });

  it("refuses a taken id, an invalid name, bad limits and unknown buckets", async () => {
    const taken = await admin.storage.createBucket("files");
    expect(taken.error).toMatchObject({ statusCode: "409", code: "BucketAlreadyExists" });
    const invalid = await admin.storage.createBucket("no/slashes");
    expect(invalid.error).toMatchObject({ statusCode: "400", code: "InvalidBucketName" });
    const tooLarge = await admin.storage.createBucket("huge", { public: false, fileSizeLimit: GLOBAL_LIMIT + 1 });
    expect(tooLarge.error).toMatchObject({ statusCode: "413", code: "EntityTooLarge" });
    const badMime = await admin.storage.createBucket("mime", { public: false, allowedMimeTypes: ["image/p*"] });
    expect(badMime.error).toMatchObject({ statusCode: "415", code: "InvalidMimeType" });
    const missing = await admin.storage.updateBucket("missing", { public: true });
    expect(missing.error).toMatchObject({ statusCode: "404", code: "NoSuchBucket" });
    const upload = await admin.storage.from("missing").upload("a.txt", "a");
    expect(upload.error).toMatchObject({ statusCode: "404", code: "NoSuchBucket" });
    const badKey = await admin.storage.from("files").upload("bad\u0001key.txt", "a");
    expect(badKey.error).toMatchObject({ statusCode: "400", code: "InvalidKey" });
  });
});

describe("upload and download", () => {
  it("stores a Blob (multipart), a Buffer and a string and returns the same bytes", async () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 252]);
    const blob = await admin.storage.from("files").upload("kinds/blob.bin", new Blob([bytes], { type: "image/png" }));
    expect(blob).toEqual({
      data: { id: expect.any(String), path: "kinds/blob.bin", fullPath: "files/kinds/blob.bin" },
      error: null,
    });
    const buffer = await admin.storage
      .from("files")
      .upload("kinds/buffer.bin", Buffer.from(bytes), { contentType: "application/octet-stream" });
    expect(buffer.error).toBeNull();
    const text = await admin.storage.from("files").upload("kinds/text.txt", "héllo wörld");
    expect(text.error).toBeNull();

    const fromBlob = await admin.storage.from("files").download("kinds/blob.bin");
    expect(new Uint8Array(await fromBlob.data!.arrayBuffer())).toEqual(bytes);
    expect(fromBlob.data!.type).toBe("image/png");
    const fromBuffer = await admin.storage.from("files").download("kinds/buffer.bin");
    expect(new Uint8Array(await fromBuffer.data!.arrayBuffer())).toEqual(bytes);
    expect(await downloadText("files", "kinds/text.txt")).toBe("héllo wörld");
  });

  it("records Storage's metadata and serves it as headers, honouring If-None-Match", async () => {
    const upload = await admin.storage
      .from("files")
      .upload("meta/doc.txt", new Blob(["some text"], { type: "text/plain" }), {
        cacheControl: "120",
        metadata: { purpose: "test" },
      });
    expect(upload.error).toBeNull();
    const [row] = await stack.sql<{ metadata: Record<string, unknown>; user_metadata: unknown }[]>`
      select metadata, user_metadata from storage.objects where bucket_id = 'files' and name = 'meta/doc.txt'`;
    expect(row!.metadata).toEqual({
      eTag: expect.stringMatching(/^"[0-9a-f]{32}"$/),
      size: 9,
      mimetype: "text/plain",
      cacheControl: "max-age=120",
      lastModified: expect.any(String),
      contentLength: 9,
      httpStatusCode: 200,
    });
    expect(row!.user_metadata).toEqual({ purpose: "test" });

    const url = `${stack.apiUrl}/storage/v1/object/files/meta/doc.txt`;
    const headers = { authorization: `Bearer ${stack.serviceRoleKey}`, apikey: stack.serviceRoleKey };
    const response = await fetch(url, { headers });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain");
    expect(response.headers.get("cache-control")).toBe("max-age=120");
    expect(response.headers.get("content-length")).toBe("9");
    expect(response.headers.get("etag")).toBe(row!.metadata.eTag);
    expect(Date.parse(response.headers.get("last-modified")!)).not.toBeNaN();
    expect(await response.text()).toBe("some text");

    const cached = await fetch(url, { headers: { ...headers, "if-none-match": String(row!.metadata.eTag) } });
    expect(cached.status).toBe(304);
    const head = await fetch(url, { method: "HEAD", headers });
    expect(head.status).toBe(200);
    expect(head.headers.get("etag")).toBe(row!.metadata.eTag);
    const authenticated = await fetch(`${stack.apiUrl}/storage/v1/object/authenticated/files/meta/doc.txt`, {
      headers,
    });
    expect(await authenticated.text()).toBe("some text");
  });

  it("refuses a taken key unless upserting, and replaces the bytes when it does", async () => {
    await uploadText("files", "dup/a.txt", "first");
    const duplicate = await admin.storage.from("files").upload("dup/a.txt", "second");
    expect(duplicate.error).toMatchObject({
      status: 400,
      statusCode: "409",
      code: "KeyAlreadyExists",
      message: "The resource already exists",
    });
    expect(await downloadText("files", "dup/a.txt")).toBe("first");

    const filesBefore = storedFileCount();
    const upserted = await admin.storage.from("files").upload("dup/a.txt", "second", { upsert: true });
    expect(upserted.error).toBeNull();
    expect(await downloadText("files", "dup/a.txt")).toBe("second");
    expect(storedFileCount()).toBe(filesBefore);
  });

  it("updates an existing object and refuses to update a missing one", async () => {
    await uploadText("files", "upd/a.txt", "old");
    const updated = await admin.storage.from("files").update("upd/a.txt", new Blob(["new"], { type: "text/plain" }));
    expect(updated.data).toMatchObject({ path: "upd/a.txt", fullPath: "files/upd/a.txt" });
    expect(await downloadText("files", "upd/a.txt")).toBe("new");
    const missing = await admin.storage.from("files").update("upd/missing.txt", "x");
    expect(missing.error).toMatchObject({ statusCode: "404", code: "NoSuchKey" });
  });

  it("reports info and existence", async () => {
    await uploadText("files", "info/a.txt", "12345");
    const { data: info, error } = await admin.storage.from("files").info("info/a.txt");
    expect(error).toBeNull();
    expect(info).toMatchObject({
      id: expect.any(String),
      name: "info/a.txt",
      bucketId: "files",
      size: 5,
      contentType: "text/plain",
      cacheControl: "max-age=3600",
      etag: expect.stringMatching(/^"/),
    });
    expect(await admin.storage.from("files").exists("info/a.txt")).toEqual({ data: true, error: null });
    const missing = await admin.storage.from("files").exists("info/missing.txt");
    expect(missing.data).toBe(false);
  });

  it("answers errors in Storage's shape", async () => {
    const missing = await admin.storage.from("files").download("nothing/here.txt");
    expect(missing.error).toMatchObject({
      status: 400,
      statusCode: "404",
      code: "NoSuchKey",
      message: "Object not found",
    });

    const raw = await fetch(`${stack.apiUrl}/storage/v1/object/files/nothing/here.txt`, {
      headers: { authorization: `Bearer ${stack.serviceRoleKey}` },
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toEqual({
      statusCode: "404",
      code: "NoSuchKey",
      error: "not_found",
      message: "Object not found",
    });

    const invalid = await fetch(`${stack.apiUrl}/storage/v1/object/list/files`, {
      method: "POST",
      headers: { authorization: `Bearer ${stack.serviceRoleKey}`, "content-type": "application/json" },
      body: JSON.stringify({ limit: 10 }),
    });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ statusCode: "400", error: "Bad Request" });

    const badToken = createClient(stack.apiUrl, "not-a-jwt", noSession);
    const listed = await badToken.storage.from("files").list();
    expect(listed.error).toMatchObject({ status: 400, statusCode: "400", code: "InvalidJWT" });
  });
});

describe("limits", () => {
  it("enforces the bucket's size limit and allowed mime types, leaving no row and no file behind", async () => {
    const files = storedFileCount();
    const rows = await objectRowCount();

    const tooLarge = await admin.storage
      .from("limited")
      .upload("big.png", new Blob([new Uint8Array(2048)], { type: "image/png" }));
    expect(tooLarge.error).toMatchObject({ status: 400, statusCode: "413", code: "EntityTooLarge" });
    const tooLargeRaw = await admin.storage
      .from("limited")
      .upload("big-raw.png", Buffer.alloc(2048), { contentType: "image/png" });
    expect(tooLargeRaw.error).toMatchObject({ statusCode: "413", code: "EntityTooLarge" });
    const wrongType = await admin.storage
      .from("limited")
      .upload("doc.pdf", new Blob(["%PDF"], { type: "application/pdf" }));
    expect(wrongType.error).toMatchObject({
      statusCode: "415",
      code: "InvalidMimeType",
      message: "mime type application/pdf is not supported",
    });

    expect(storedFileCount()).toBe(files);
    expect(await objectRowCount()).toBe(rows);

    const image = await admin.storage
      .from("limited")
      .upload("ok.png", new Blob([new Uint8Array(1024)], { type: "image/png" }));
    expect(image.error).toBeNull();
    const text = await admin.storage.from("limited").upload("ok.txt", "plain text with the default charset");
    expect(text.error).toBeNull();
  });

  it("enforces the project-wide upload limit, also on bodies far past it", async () => {
    const files = storedFileCount();
    const rows = await objectRowCount();
    const justOver = await admin.storage.from("files").upload("huge.bin", Buffer.alloc(GLOBAL_LIMIT + 1));
    expect(justOver.error).toMatchObject({ statusCode: "413", code: "EntityTooLarge" });
    const farOverRaw = await admin.storage.from("files").upload("huge.bin", Buffer.alloc(4 * 1024 * 1024));
    expect(farOverRaw.error).toMatchObject({ statusCode: "413", code: "EntityTooLarge" });
    const farOverForm = await admin.storage
      .from("files")
      .upload("huge.bin", new Blob([new Uint8Array(4 * 1024 * 1024)]));
    expect(farOverForm.error).toMatchObject({ statusCode: "413", code: "EntityTooLarge" });
    expect(storedFileCount()).toBe(files);
    expect(await objectRowCount()).toBe(rows);
  });
});

describe("list", () => {
  beforeAll(async () => {
    for (const path of ["tree/b.txt", "tree/a.txt", "tree/sub/c.txt", "tree/sub/deeper/d.txt", "tree/Zed.txt"]) {
      await uploadText("files", path, path);
    }
  });

  it("lists one level with folders as null-id entries and names relative to the prefix", async () => {
    const { data, error } = await admin.storage.from("files").list("tree");
    expect(error).toBeNull();
    expect(data!.map((entry) => entry.name)).toEqual(["a.txt", "b.txt", "sub", "Zed.txt"]);
    const folder = data!.find((entry) => entry.name === "sub");
    expect(folder).toEqual({
      name: "sub",
      id: null,
      updated_at: null,
      created_at: null,
      last_accessed_at: null,
      metadata: null,
    });
    const file = data!.find((entry) => entry.name === "a.txt");
    expect(file).toMatchObject({ id: expect.any(String), metadata: { size: 10, mimetype: "text/plain" } });

    const nested = await admin.storage.from("files").list("tree/sub/");
    expect(nested.data!.map((entry) => entry.name)).toEqual(["c.txt", "deeper"]);
    const root = await admin.storage.from("files").list();
    expect(root.data!.map((entry) => entry.name)).toContain("tree");
  });

  it("pages, sorts and searches", async () => {
    const page = await admin.storage.from("files").list("tree", { limit: 2, offset: 1 });
    expect(page.data!.map((entry) => entry.name)).toEqual(["b.txt", "sub"]);
    const descending = await admin.storage.from("files").list("tree", { sortBy: { column: "name", order: "desc" } });
    expect(descending.data!.map((entry) => entry.name)).toEqual(["Zed.txt", "sub", "b.txt", "a.txt"]);
    const byCreation = await admin.storage
      .from("files")
      .list("tree", { sortBy: { column: "created_at", order: "asc" } });
    expect(byCreation.data!.map((entry) => entry.name)).toEqual(["sub", "b.txt", "a.txt", "Zed.txt"]);
    const searched = await admin.storage.from("files").list("tree", { search: "z" });
    expect(searched.data!.map((entry) => entry.name)).toEqual(["Zed.txt"]);
  });
});

describe("remove, move and copy", () => {
  it("removes objects and their bytes, silently skipping missing paths", async () => {
    await uploadText("files", "rm/a.txt", "a");
    await uploadText("files", "rm/b.txt", "b");
    const files = storedFileCount();
    const { data, error } = await admin.storage.from("files").remove(["rm/a.txt", "rm/missing.txt", "rm/b.txt"]);
    expect(error).toBeNull();
    expect(data!.map((row) => row.name).sort()).toEqual(["rm/a.txt", "rm/b.txt"]);
    expect(data![0]).toMatchObject({ bucket_id: "files", id: expect.any(String) });
    expect(storedFileCount()).toBe(files - 2);
    expect(await admin.storage.from("files").remove(["rm/missing.txt"])).toEqual({ data: [], error: null });
  });

  it("moves an object, also to another bucket, and refuses to overwrite", async () => {
    await uploadText("files", "mv/a.txt", "moving");
    await uploadText("files", "mv/taken.txt", "taken");
    expect(await admin.storage.from("files").move("mv/a.txt", "mv/b.txt")).toMatchObject({
      data: { message: "Successfully moved" },
      error: null,
    });
    expect(await downloadText("files", "mv/b.txt")).toBe("moving");
    const old = await admin.storage.from("files").download("mv/a.txt");
    expect(old.error).toMatchObject({ code: "NoSuchKey" });

    const clash = await admin.storage.from("files").move("mv/b.txt", "mv/taken.txt");
    expect(clash.error).toMatchObject({ statusCode: "409", code: "KeyAlreadyExists" });
    const missing = await admin.storage.from("files").move("mv/none.txt", "mv/other.txt");
    expect(missing.error).toMatchObject({ statusCode: "404", code: "NoSuchKey" });

    const across = await admin.storage
      .from("files")
      .move("mv/b.txt", "from-files.txt", { destinationBucket: "assets" });
    expect(across.error).toBeNull();
    expect(await downloadText("assets", "from-files.txt")).toBe("moving");
  });

  it("copies an object with its bytes and metadata", async () => {
    await uploadText("files", "cp/a.txt", "copied");
    const copied = await admin.storage.from("files").copy("cp/a.txt", "cp/b.txt");
    expect(copied).toEqual({ data: { path: "files/cp/b.txt" }, error: null });
    expect(await downloadText("files", "cp/b.txt")).toBe("copied");
    expect(await downloadText("files", "cp/a.txt")).toBe("copied");
    const { data: info } = await admin.storage.from("files").info("cp/b.txt");
    expect(info).toMatchObject({ contentType: "text/plain", size: 6 });

    const taken = await admin.storage.from("files").copy("cp/a.txt", "cp/b.txt");
    expect(taken.error).toMatchObject({ statusCode: "409", code: "KeyAlreadyExists" });
    const missing = await admin.storage.from("files").copy("cp/none.txt", "cp/c.txt");
    expect(missing.error).toMatchObject({ statusCode: "404", code: "NoSuchKey" });
    const across = await admin.storage.from("files").copy("cp/a.txt", "cp.txt", { destinationBucket: "assets" });
    expect(across.data).toEqual({ path: "assets/cp.txt" });
  });

  it("keeps exactly one file per stored object", async () => {
    const [row] = await stack.sql<{ count: number }[]>`
      select count(*)::int as count from storage.objects where metadata is not null`;
    expect(storedFileCount()).toBe(row!.count);
  });
});

describe("signed and public URLs", () => {
  beforeAll(async () => {
    await uploadText("files", "share/doc.txt", "shared");
    await uploadText("assets", "logo.txt", "public bytes");
  });

  it("serves a signed URL to anyone until it expires", async () => {
    const { data, error } = await admin.storage.from("files").createSignedUrl("share/doc.txt", 60);
    expect(error).toBeNull();
    expect(data!.signedUrl).toMatch(
      new RegExp(`^${stack.apiUrl}/storage/v1/object/sign/files/share/doc\\.txt\\?token=[\\w-]+\\.[\\w-]+\\.[\\w-]+$`),
    );
    const response = await fetch(data!.signedUrl);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("shared");
    expect(response.headers.get("expires")).not.toBeNull();

    const asDownload = await admin.storage
      .from("files")
      .createSignedUrl("share/doc.txt", 60, { download: "report.txt" });
    const attachment = await fetch(asDownload.data!.signedUrl);
    expect(attachment.headers.get("content-disposition")).toContain("attachment; filename=report.txt");

    const tampered = await fetch(data!.signedUrl.replace("share/doc.txt", "share/other.txt"));
    expect(tampered.status).toBe(400);
    expect(await tampered.json()).toMatchObject({ code: "InvalidSignature" });

    const shortLived = await admin.storage.from("files").createSignedUrl("share/doc.txt", 1);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const expired = await fetch(shortLived.data!.signedUrl);
    expect(expired.status).toBe(400);
    expect(await expired.json()).toMatchObject({ statusCode: "400", code: "InvalidJWT", message: "jwt expired" });
  });

  it("signs keys that need URL encoding", async () => {
    await uploadText("files", "share/with space & ünïcode.txt", "encoded");
    expect(await downloadText("files", "share/with space & ünïcode.txt")).toBe("encoded");
    const { data } = await admin.storage.from("files").createSignedUrl("share/with space & ünïcode.txt", 60);
    expect(await (await fetch(data!.signedUrl)).text()).toBe("encoded");
  });

  it("signs many URLs at once, reporting the ones that do not exist", async () => {
    const { data, error } = await admin.storage.from("files").createSignedUrls(["share/doc.txt", "share/none.txt"], 60);
    expect(error).toBeNull();
    expect(data![0]).toMatchObject({
      error: null,
      path: "share/doc.txt",
      signedUrl: expect.stringContaining("token="),
    });
    expect(data![1]).toEqual({
      error: "Either the object does not exist or you do not have access to it",
      path: "share/none.txt",
      signedURL: null,
      signedUrl: null,
    });
    expect(await (await fetch(data![0]!.signedUrl!)).text()).toBe("shared");
    const missing = await admin.storage.from("files").createSignedUrl("share/none.txt", 60);
    expect(missing.error).toMatchObject({ statusCode: "404", code: "NoSuchKey" });
  });

  it("uploads through a signed upload URL, once unless it allows upserts", async () => {
    const { data, error } = await admin.storage.from("files").createSignedUploadUrl("signed/up.txt");
    expect(error).toBeNull();
    expect(data).toMatchObject({ path: "signed/up.txt", token: expect.any(String) });
    const anyone = createClient(stack.apiUrl, stack.anonKey, noSession);
    const uploaded = await anyone.storage.from("files").uploadToSignedUrl("signed/up.txt", data!.token, "via token");
    expect(uploaded).toEqual({ data: { path: "signed/up.txt", fullPath: "files/signed/up.txt" }, error: null });
    expect(await downloadText("files", "signed/up.txt")).toBe("via token");

    const again = await anyone.storage.from("files").uploadToSignedUrl("signed/up.txt", data!.token, "again");
    expect(again.error).toMatchObject({ statusCode: "409", code: "KeyAlreadyExists" });
    const taken = await admin.storage.from("files").createSignedUploadUrl("signed/up.txt");
    expect(taken.error).toMatchObject({ statusCode: "409", code: "KeyAlreadyExists" });

    const upsert = await admin.storage.from("files").createSignedUploadUrl("signed/up.txt", { upsert: true });
    const replaced = await anyone.storage
      .from("files")
      .uploadToSignedUrl("signed/up.txt", upsert.data!.token, "replaced");
    expect(replaced.error).toBeNull();
    expect(await downloadText("files", "signed/up.txt")).toBe("replaced");

    const elsewhere = await anyone.storage.from("files").uploadToSignedUrl("signed/other.txt", data!.token, "x");
    expect(elsewhere.error).toMatchObject({ code: "InvalidSignature" });
    const downloadToken = await admin.storage.from("files").createSignedUrl("signed/up.txt", 60);
    const wrongScope = new URL(downloadToken.data!.signedUrl).searchParams.get("token")!;
    const misused = await anyone.storage.from("files").uploadToSignedUrl("signed/up.txt", wrongScope, "x");
    expect(misused.error).toMatchObject({ code: "InvalidSignature" });
  });

  it("serves public buckets without a token and private ones not at all", async () => {
    const { data } = admin.storage.from("assets").getPublicUrl("logo.txt");
    const response = await fetch(data.publicUrl);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("public bytes");
    const asDownload = admin.storage.from("assets").getPublicUrl("logo.txt", { download: true });
    expect((await fetch(asDownload.data.publicUrl)).headers.get("content-disposition")).toBe("attachment;");

    const anonymous = await fetch(`${stack.apiUrl}/storage/v1/object/assets/logo.txt`);
    expect(await anonymous.text()).toBe("public bytes");

    const privateUrl = admin.storage.from("files").getPublicUrl("share/doc.txt");
    const refused = await fetch(privateUrl.data.publicUrl);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ statusCode: "404", code: "NoSuchBucket" });
  });
});
