import { readdirSync } from "node:fs";
import { join } from "node:path";
import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import { DetailedError, Upload, type UploadOptions } from "tus-js-client";
import { beforeAll, describe, expect, it } from "vitest";
import { stackForThisFile } from "../../support/stack.ts";
import { TEST_PASSWORD } from "../../support/users.ts";
import { createOrganization, type OrganizationFixture } from "../../support/workspace-fixtures.ts";

// Resumable uploads (tus) through the local Storage with the tus project's own client, as a browser sends a
// large file: in chunks, to `/upload/resumable` with the user's token or to `/upload/resumable/sign` with a
// signed upload URL's token. The object appears only when the last chunk arrives, written as the caller, so
// the bucket's policies and the storage quota decide as for any upload; an upload that would not fit, or that
// the caller may not make, is refused when it is created, before any byte is kept; an interrupted upload
// resumes from the offset Storage reports.

const stack = stackForThisFile();
const noSession = { auth: { persistSession: false, autoRefreshToken: false } };
const CHUNK = 256 * 1024;

let acme: OrganizationFixture;
let globex: OrganizationFixture;
let member: SupabaseClient;
let memberToken: string;

async function signIn(email: string): Promise<{ client: SupabaseClient; token: string }> {
  const client = createClient(stack.apiUrl, stack.anonKey, noSession);
  const { data, error } = await client.auth.signInWithPassword({ email, password: TEST_PASSWORD });
  if (error) throw error;
  return { client, token: data.session.access_token };
}

function content(size: number, seed: number): Buffer {
  return Buffer.from(Array.from({ length: size }, (_, index) => (index * 31 + seed) % 251));
}

function path(org: OrganizationFixture, file: string): string {
  return `${org.id}/${crypto.randomUUID()}/${file}`;
}

type Target = { objectName: string; headers: Record<string, string>; signed?: boolean };

/** A tus upload as supabase's documentation has it: 6 MB chunks in production; smaller here, to have several. */
function tusUpload(file: Buffer, { objectName, headers, signed }: Target, extra: Partial<UploadOptions> = {}) {
  return new Upload(file, {
    endpoint: `${stack.apiUrl}/storage/v1/upload/resumable${signed ? "/sign" : ""}`,
    headers: { apikey: stack.anonKey, "x-upsert": "false", ...headers },
    metadata: { bucketName: "client-files", objectName, contentType: "application/zip", cacheControl: "3600" },
    chunkSize: CHUNK,
    retryDelays: [],
    removeFingerprintOnSuccess: true,
    ...extra,
  });
}

function run(upload: Upload): Promise<void> {
  return new Promise((resolve, reject) => {
    upload.options.onSuccess = () => resolve();
    upload.options.onError = (error) => reject(error);
    upload.start();
  });
}

async function refusal(upload: Upload): Promise<{ status: number; body: Record<string, unknown> }> {
  const failure = await run(upload).then(
    () => expect.unreachable("expected a refusal"),
    (error: unknown) => error,
  );
  if (!(failure instanceof DetailedError) || !failure.originalResponse) throw failure;
  return {
    status: failure.originalResponse.getStatus(),
    body: JSON.parse(failure.originalResponse.getBody()) as Record<string, unknown>,
  };
}

async function object(name: string) {
  const [row] = await stack.sql<{ size: string; mimetype: string; owner_id: string | null }[]>`
    select metadata ->> 'size' as size, metadata ->> 'mimetype' as mimetype, owner_id
    from storage.objects where bucket_id = 'client-files' and name = ${name}`;
  return row;
}

async function used(org: OrganizationFixture): Promise<number> {
  const [row] = await stack.sql<{ value: string }[]>`
    select value::text from public.usage_counters
    where org_id = ${org.id} and metric = 'storage_bytes' and period = 'total'`;
  return Number(row?.value ?? 0);
}

/** Uploads still gathering bytes in the tus store (their data files; each also has a `.json`). */
function pendingUploads(): number {
  const directory = join(stack.filesDir, "resumable");
  return readdirSync(directory).filter((name) => !name.endsWith(".json")).length;
}

beforeAll(async () => {
  acme = await createOrganization(stack, { slug: "acme", tier: "basic", roles: ["owner", "member"] });
  globex = await createOrganization(stack, { slug: "globex", tier: "basic", roles: ["owner"] });
  await stack.sql`
    insert into public.org_limit_overrides (org_id, limit_key, value, reason)
    values (${acme.id}, 'storage_bytes', ${4 * 1024 * 1024}, 'test')`;
  ({ client: member, token: memberToken } = await signIn("member@acme.test"));
});

describe("resumable uploads", () => {
  it("store a file sent in chunks with the user's token, as the user, counted once when complete", async () => {
    const name = path(acme, "site-backup.zip");
    const file = content(CHUNK * 3 + 1234, 1);
    const before = await used(acme);
    const progress: number[] = [];
    await run(
      tusUpload(
        file,
        { objectName: name, headers: { authorization: `Bearer ${memberToken}` } },
        { onProgress: (sent) => progress.push(sent) },
      ),
    );
    expect(progress.at(-1)).toBe(file.byteLength);
    expect(await object(name)).toEqual({
      size: String(file.byteLength),
      mimetype: "application/zip",
      owner_id: (await member.auth.getUser()).data.user!.id,
    });
    expect(await used(acme)).toBe(before + file.byteLength);
    const { data } = await member.storage.from("client-files").download(name);
    expect(Buffer.from(await data!.arrayBuffer()).equals(file)).toBe(true);
    expect(pendingUploads()).toBe(0);
  });

  it("take a signed upload URL's token, for the signer, and refuse a token for another object", async () => {
    const name = path(acme, "signed.zip");
    const { data: signed, error } = await member.storage.from("client-files").createSignedUploadUrl(name);
    expect(error).toBeNull();
    const file = content(CHUNK + 10, 2);
    await run(tusUpload(file, { objectName: name, headers: { "x-signature": signed!.token }, signed: true }));
    expect((await object(name))?.owner_id).toBe((await member.auth.getUser()).data.user!.id);

    const other = path(acme, "other.zip");
    const refused = await refusal(
      tusUpload(file, { objectName: other, headers: { "x-signature": signed!.token }, signed: true }),
    );
    expect(refused).toMatchObject({ status: 400, body: { statusCode: "400", code: "InvalidSignature" } });
    expect(await object(other)).toBeUndefined();
  });

  it("refuse, when created and before any byte, what the policies or the quota would refuse", async () => {
    const file = content(CHUNK * 2, 3);
    // Another organization's folder: the bucket's policies say no.
    const foreign = await refusal(
      tusUpload(file, { objectName: path(globex, "x.zip"), headers: { authorization: `Bearer ${memberToken}` } }),
    );
    expect(foreign).toMatchObject({ status: 400, body: { statusCode: "403", code: "AccessDenied" } });

    // Larger than the room left: refused with the quota's words, before any chunk is sent.
    const left = 4 * 1024 * 1024 - (await used(acme));
    let sent = 0;
    const tooBig = await refusal(
      tusUpload(
        Buffer.alloc(left + 1),
        { objectName: path(acme, "too-big.zip"), headers: { authorization: `Bearer ${memberToken}` } },
        { onProgress: (bytes) => (sent = bytes) },
      ),
    );
    expect(tooBig.status).toBe(400);
    expect(String(tooBig.body.message)).toMatch(/^tier_limit_exceeded:storage_bytes/);
    expect(sent).toBe(0);
    expect(pendingUploads()).toBe(0);

    // No token at all.
    const anonymous = await refusal(tusUpload(file, { objectName: path(acme, "anon.zip"), headers: {} }));
    expect(anonymous.body).toMatchObject({ code: "InvalidJWT" });
  });

  it("resume an interrupted upload from the offset Storage kept", async () => {
    const name = path(acme, "resumed.zip");
    const file = content(CHUNK * 4, 4);
    const target = { objectName: name, headers: { authorization: `Bearer ${memberToken}` } };
    const first = tusUpload(file, target);
    // Interrupted after its second chunk, as a dropped connection would leave it.
    await new Promise<void>((resolve, reject) => {
      first.options.onChunkComplete = (_chunk, accepted) => {
        if (accepted >= CHUNK * 2) void first.abort().then(resolve, reject);
      };
      first.options.onError = reject;
      first.start();
    });
    expect(first.url).toMatch(/\/storage\/v1\/upload\/resumable\/[A-Za-z0-9_-]+$/);
    expect(await object(name)).toBeUndefined();

    const offsets: number[] = [];
    const resumed = tusUpload(file, target, {
      uploadUrl: first.url,
      onProgress: (sent) => offsets.push(sent),
    });
    await run(resumed);
    // The first bytes it sent again start past what Storage already held.
    expect(offsets[0]).toBeGreaterThanOrEqual(CHUNK * 2);
    const { data } = await member.storage.from("client-files").download(name);
    expect(Buffer.from(await data!.arrayBuffer()).equals(file)).toBe(true);
  });
});
