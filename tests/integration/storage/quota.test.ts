import { readdirSync } from "node:fs";
import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import { beforeAll, describe, expect, it } from "vitest";
import { stackForThisFile } from "../../support/stack.ts";
import { createOrganization, type OrganizationFixture } from "../../support/workspace-fixtures.ts";
import { TEST_PASSWORD } from "../../support/users.ts";

// The storage quota through supabase-js against the local Storage: the bytes Storage keeps and the bytes the
// quota counts agree at every step, whichever way the bytes arrive (upload, signed upload URL, upsert), and a
// refusal keeps nothing and says how much room is left. The organization gets a 1000-byte quota.

const stack = stackForThisFile();
const noSession = { auth: { persistSession: false, autoRefreshToken: false } };
const QUOTA = 1000;

let acme: OrganizationFixture;
let member: SupabaseClient;
let owner: SupabaseClient;
let service: SupabaseClient;
let anyone: SupabaseClient;

async function signIn(email: string): Promise<SupabaseClient> {
  const client = createClient(stack.apiUrl, stack.anonKey, noSession);
  const { error } = await client.auth.signInWithPassword({ email, password: TEST_PASSWORD });
  if (error) throw error;
  return client;
}

function path(file: string): string {
  return `${acme.id}/${crypto.randomUUID()}/${file}`;
}

function bytes(count: number, fill = "x"): string {
  return fill.repeat(count);
}

async function used(): Promise<number> {
  const [row] = await stack.sql<{ value: string }[]>`
    select value::text from public.usage_counters
    where org_id = ${acme.id} and metric = 'storage_bytes' and period = 'total'`;
  return Number(row?.value ?? 0);
}

/** What client-files holds for the organization, by the rows' sizes and by the bytes on disk. */
async function stored(): Promise<{ rows: number; files: number }> {
  const [row] = await stack.sql<{ bytes: string }[]>`
    select coalesce(sum((metadata ->> 'size')::bigint), 0)::text as bytes from storage.objects
    where bucket_id = 'client-files' and name like ${`${acme.id}/%`}`;
  return { rows: Number(row!.bytes), files: storedFileCount() };
}

function storedFileCount(): number {
  return readdirSync(stack.filesDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

/** Records an uploaded object in the file store, as the member's app request would right after the upload. */
async function record(objectName: string, userId: string): Promise<void> {
  await stack.sql.begin(async (tx) => {
    const claims = JSON.stringify({ sub: userId, role: "authenticated" });
    await tx`select set_config('request.jwt.claims', ${claims}, true), set_config('role', 'authenticated', true)`;
    await tx`
      insert into public.storage_files (org_id, object_name, name, size_bytes)
      values (${acme.id}, ${objectName}, ${objectName.split("/").at(-1)!}, 1)`;
  });
}

beforeAll(async () => {
  acme = await createOrganization(stack, { slug: "acme", tier: "basic", roles: ["owner", "member"] });
  await stack.sql`
    insert into public.org_limit_overrides (org_id, limit_key, value, reason)
    values (${acme.id}, 'storage_bytes', ${QUOTA}, 'test')`;
  member = await signIn("member@acme.test");
  owner = await signIn("owner@acme.test");
  service = createClient(stack.apiUrl, stack.serviceRoleKey, noSession);
  anyone = createClient(stack.apiUrl, stack.anonKey, noSession);
});

describe("the storage quota", () => {
  it("counts an upload the moment it is stored, before anything records it, and counts it once", async () => {
    const name = path("brief.txt");
    const uploaded = await member.storage.from("client-files").upload(name, bytes(300));
    expect(uploaded.error).toBeNull();
    expect(await used()).toBe(300);
    await record(name, acme.users.member);
    expect(await used()).toBe(300);
    expect((await stored()).rows).toBe(300);
  });

  it("refuses an upload past the quota before keeping any byte, saying how much is left", async () => {
    const files = storedFileCount();
    const name = path("video.txt");
    const refused = await member.storage.from("client-files").upload(name, bytes(800));
    expect(refused.error).toMatchObject({
      status: 400,
      statusCode: "403",
      code: "AccessDenied",
      message: "tier_limit_exceeded:storage_bytes (700 of 1000 bytes left, 800 needed)",
    });
    expect((await member.storage.from("client-files").exists(name)).data).toBe(false);
    expect(storedFileCount()).toBe(files);
    expect(await used()).toBe(300);
  });

  it("counts what arrives through a signed upload URL, and refuses it the same way", async () => {
    const name = path("scan.txt");
    const signed = await member.storage.from("client-files").createSignedUploadUrl(name);
    expect(signed.error).toBeNull();
    const refused = await anyone.storage.from("client-files").uploadToSignedUrl(name, signed.data!.token, bytes(701));
    expect(refused.error).toMatchObject({
      statusCode: "403",
      message: "tier_limit_exceeded:storage_bytes (700 of 1000 bytes left, 701 needed)",
    });
    const uploaded = await anyone.storage.from("client-files").uploadToSignedUrl(name, signed.data!.token, bytes(200));
    expect(uploaded.error).toBeNull();
    expect(await used()).toBe(500);
    expect((await stored()).rows).toBe(500);
  });

  it("never lets a signed upload URL made with upsert replace a file recorded since, whatever its size", async () => {
    // Signed while the key was free: Storage allows it, and honours the token later as its own superuser.
    const name = path("contract.txt");
    const signed = await member.storage.from("client-files").createSignedUploadUrl(name, { upsert: true });
    expect(signed.error).toBeNull();
    const original = await member.storage.from("client-files").upload(name, bytes(100, "a"));
    expect(original.error).toBeNull();
    await record(name, acme.users.member);

    const before = await used();
    const files = storedFileCount();
    const overwrite = await anyone.storage
      .from("client-files")
      .uploadToSignedUrl(name, signed.data!.token, bytes(50, "b"), { upsert: true });
    expect(overwrite.error).toMatchObject({
      statusCode: "403",
      code: "AccessDenied",
      message: `storage_object_immutable: ${name} in client-files is never overwritten`,
    });
    const kept = await member.storage.from("client-files").download(name);
    expect(await kept.data!.text()).toBe(bytes(100, "a"));
    const [file] = await stack.sql<{ size_bytes: string }[]>`
      select size_bytes::text from public.storage_files where object_name = ${name}`;
    expect(Number(file!.size_bytes)).toBe(100);
    expect(storedFileCount()).toBe(files);
    expect(await used()).toBe(before);
    expect(before).toBe(600);
  });

  it("refuses to replace a stored file by any other way, even with the service role", async () => {
    const name = path("logo.txt");
    expect((await member.storage.from("client-files").upload(name, bytes(10))).error).toBeNull();
    const upsert = await member.storage.from("client-files").upload(name, bytes(20), { upsert: true });
    expect(upsert.error).toMatchObject({ statusCode: "403", code: "AccessDenied" });
    const resigned = await service.storage.from("client-files").createSignedUploadUrl(name, { upsert: true });
    expect(resigned.error).toMatchObject({
      statusCode: "403",
      message: expect.stringContaining("storage_object_immutable"),
    });
    const replaced = await service.storage.from("client-files").update(name, bytes(20));
    expect(replaced.error).toMatchObject({
      statusCode: "403",
      message: expect.stringContaining("storage_object_immutable"),
    });
    expect(await (await member.storage.from("client-files").download(name)).data!.text()).toBe(bytes(10));
    expect(await used()).toBe(610);
  });

  it("gives an object's bytes back when it is removed", async () => {
    const before = await used();
    const name = path("draft.txt");
    expect((await member.storage.from("client-files").upload(name, bytes(90))).error).toBeNull();
    expect(await used()).toBe(before + 90);
    const removed = await owner.storage.from("client-files").remove([name]);
    expect(removed.data).toHaveLength(1);
    expect(await used()).toBe(before);
    expect((await stored()).rows).toBe(before);
  });
});
