import { readdirSync } from "node:fs";
import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import { beforeAll, describe, expect, it } from "vitest";
import { stackForThisFile } from "../../support/stack.ts";

// Storage RLS through supabase-js with real users: policies on storage.objects decide what each caller may do.

const noSession = { auth: { persistSession: false, autoRefreshToken: false } };

const stack = stackForThisFile();
let anon: SupabaseClient;
let alice: { client: SupabaseClient; id: string };
let bob: { client: SupabaseClient; id: string };

async function signedInUser(email: string): Promise<{ client: SupabaseClient; id: string }> {
  const admin = createClient(stack.apiUrl, stack.serviceRoleKey, noSession);
  const password = "correct horse battery staple";
  const created = await admin.auth.admin.createUser({ email, password, email_confirm: true });
  expect(created.error).toBeNull();
  const client = createClient(stack.apiUrl, stack.anonKey, noSession);
  const signedIn = await client.auth.signInWithPassword({ email, password });
  expect(signedIn.error).toBeNull();
  return { client, id: created.data.user!.id };
}

function storedFileCount(): number {
  return readdirSync(stack.filesDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
}

async function objectRow(name: string) {
  const [row] = await stack.sql<{ owner: string | null; owner_id: string | null }[]>`
    select owner, owner_id from storage.objects where bucket_id = 'docs' and name = ${name}`;
  return row;
}

beforeAll(async () => {
  // The policies a Supabase app writes for per-user folders: the first folder of the key is the user's id.
  await stack.sql.unsafe(`
    insert into storage.buckets (id, name) values ('docs', 'docs');
    create policy "docs: read own folder" on storage.objects for select to authenticated
      using (bucket_id = 'docs' and (storage.foldername(name))[1] = (select auth.uid()::text));
    create policy "docs: add to own folder" on storage.objects for insert to authenticated
      with check (bucket_id = 'docs' and (storage.foldername(name))[1] = (select auth.uid()::text));
    create policy "docs: change own folder" on storage.objects for update to authenticated
      using (bucket_id = 'docs' and (storage.foldername(name))[1] = (select auth.uid()::text))
      with check (bucket_id = 'docs' and (storage.foldername(name))[1] = (select auth.uid()::text));
    create policy "docs: delete from own folder" on storage.objects for delete to authenticated
      using (bucket_id = 'docs' and (storage.foldername(name))[1] = (select auth.uid()::text));
  `);
  anon = createClient(stack.apiUrl, stack.anonKey, noSession);
  alice = await signedInUser("alice@example.com");
  bob = await signedInUser("bob@example.com");
  const seeded = await alice.client.storage.from("docs").upload(`${alice.id}/notes.txt`, "alice's notes");
  expect(seeded.error).toBeNull();
});

describe("the owner", () => {
  it("uploads into their folder as the object's owner and reads, lists and updates it", async () => {
    expect(await objectRow(`${alice.id}/notes.txt`)).toEqual({ owner: alice.id, owner_id: alice.id });
    const downloaded = await alice.client.storage.from("docs").download(`${alice.id}/notes.txt`);
    expect(await downloaded.data!.text()).toBe("alice's notes");
    const listed = await alice.client.storage.from("docs").list(alice.id);
    expect(listed.data!.map((entry) => entry.name)).toEqual(["notes.txt"]);

    const upserted = await alice.client.storage.from("docs").upload(`${alice.id}/draft.txt`, "v1", { upsert: true });
    expect(upserted.error).toBeNull();
    const updated = await alice.client.storage.from("docs").update(`${alice.id}/draft.txt`, "v2");
    expect(updated.error).toBeNull();
    const moved = await alice.client.storage.from("docs").move(`${alice.id}/draft.txt`, `${alice.id}/final.txt`);
    expect(moved.error).toBeNull();
    const removed = await alice.client.storage.from("docs").remove([`${alice.id}/final.txt`]);
    expect(removed.data!.map((row) => row.name)).toEqual([`${alice.id}/final.txt`]);
  });

  it("cannot write outside their folder, and a refused upload leaves no row and no file", async () => {
    const files = storedFileCount();
    const intoBob = await alice.client.storage.from("docs").upload(`${bob.id}/planted.txt`, "x");
    expect(intoBob.error).toMatchObject({
      status: 400,
      statusCode: "403",
      code: "AccessDenied",
      message: "new row violates row-level security policy",
    });
    expect(await objectRow(`${bob.id}/planted.txt`)).toBeUndefined();
    expect(storedFileCount()).toBe(files);

    const movedOut = await alice.client.storage.from("docs").move(`${alice.id}/notes.txt`, `${bob.id}/notes.txt`);
    expect(movedOut.error).toMatchObject({ statusCode: "403", code: "AccessDenied" });
    const signedUpload = await alice.client.storage.from("docs").createSignedUploadUrl(`${bob.id}/x.txt`);
    expect(signedUpload.error).toMatchObject({ statusCode: "403", code: "AccessDenied" });
  });

  it("hands out a signed upload URL that stores the object as theirs", async () => {
    const { data } = await alice.client.storage.from("docs").createSignedUploadUrl(`${alice.id}/from-link.txt`);
    const uploaded = await anon.storage.from("docs").uploadToSignedUrl(`${alice.id}/from-link.txt`, data!.token, "hi");
    expect(uploaded.error).toBeNull();
    expect(await objectRow(`${alice.id}/from-link.txt`)).toEqual({ owner: alice.id, owner_id: alice.id });
  });

  it("shares an object through a signed URL that bypasses RLS", async () => {
    const { data } = await alice.client.storage.from("docs").createSignedUrl(`${alice.id}/notes.txt`, 60);
    expect(await (await fetch(data!.signedUrl)).text()).toBe("alice's notes");
  });
});

describe("another user", () => {
  const path = () => `${alice.id}/notes.txt`;

  it("cannot read, find, list or sign someone else's object", async () => {
    const downloaded = await bob.client.storage.from("docs").download(path());
    expect(downloaded.error).toMatchObject({ status: 400, statusCode: "404", code: "NoSuchKey" });
    const info = await bob.client.storage.from("docs").info(path());
    expect(info.error).toMatchObject({ statusCode: "404", code: "NoSuchKey" });
    expect((await bob.client.storage.from("docs").exists(path())).data).toBe(false);
    expect(await bob.client.storage.from("docs").list(alice.id)).toEqual({ data: [], error: null });
    const signed = await bob.client.storage.from("docs").createSignedUrl(path(), 60);
    expect(signed.error).toMatchObject({ statusCode: "404", code: "NoSuchKey" });
    const many = await bob.client.storage.from("docs").createSignedUrls([path()], 60);
    expect(many.data![0]).toMatchObject({ signedUrl: null, error: expect.any(String) });
  });

  it("cannot remove, overwrite, move or copy someone else's object", async () => {
    expect(await bob.client.storage.from("docs").remove([path()])).toEqual({ data: [], error: null });
    const overwrite = await bob.client.storage.from("docs").upload(path(), "mine now", { upsert: true });
    expect(overwrite.error).toMatchObject({ statusCode: "403", code: "AccessDenied" });
    const updated = await bob.client.storage.from("docs").update(path(), "mine now");
    expect(updated.error).toMatchObject({ statusCode: "404", code: "NoSuchKey" });
    const moved = await bob.client.storage.from("docs").move(path(), `${bob.id}/stolen.txt`);
    expect(moved.error).toMatchObject({ statusCode: "404", code: "NoSuchKey" });
    const copied = await bob.client.storage.from("docs").copy(path(), `${bob.id}/stolen.txt`);
    expect(copied.error).toMatchObject({ statusCode: "404", code: "NoSuchKey" });

    const stillThere = await alice.client.storage.from("docs").download(path());
    expect(await stillThere.data!.text()).toBe("alice's notes");
  });
});

describe("without a user", () => {
  it("denies the anon key everything the policies do not grant to anon", async () => {
    const downloaded = await anon.storage.from("docs").download(`${alice.id}/notes.txt`);
    expect(downloaded.error).toMatchObject({ statusCode: "404", code: "NoSuchKey" });
    expect(await anon.storage.from("docs").list(alice.id)).toEqual({ data: [], error: null });
    const uploaded = await anon.storage.from("docs").upload("anon.txt", "x");
    expect(uploaded.error).toMatchObject({ statusCode: "403", code: "AccessDenied" });
    const removed = await anon.storage.from("docs").remove([`${alice.id}/notes.txt`]);
    expect(removed).toEqual({ data: [], error: null });
  });

  it("keeps private buckets closed to requests without a token", async () => {
    const response = await fetch(`${stack.apiUrl}/storage/v1/object/docs/${alice.id}/notes.txt`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ statusCode: "404", code: "NoSuchBucket" });
  });
});

describe("buckets under RLS", () => {
  it("gives users no bucket access without bucket policies, while uploads still see the bucket", async () => {
    const created = await alice.client.storage.createBucket("alice-bucket");
    expect(created.error).toMatchObject({ statusCode: "403", code: "AccessDenied" });
    expect(await alice.client.storage.listBuckets()).toEqual({ data: [], error: null });
    const bucket = await alice.client.storage.getBucket("docs");
    expect(bucket.error).toMatchObject({ statusCode: "404", code: "NoSuchBucket" });
    const emptied = await anon.storage.emptyBucket("docs");
    expect(emptied.error).toMatchObject({ statusCode: "404", code: "NoSuchBucket" });
  });
});
