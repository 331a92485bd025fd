// `npm run bench:upload`: a 200 MB file through the local Storage with supabase-js, as a member of an
// organization whose plan has room for it:
//   - a multipart upload of a file-backed Blob (`upload(path, blob)`, what a browser's File becomes);
//   - a raw upload streamed to a signed upload URL (`uploadToSignedUrl`, the file store's own path: the page PUTs
//     the File to a URL its server signed);
//   - a resumable (tus) upload in 6 MB chunks to the signed resumable endpoint (what the page does over 6 MB);
//   - a download through a short-lived signed URL.
// For each: MB/s (1 MB = 10^6 bytes) and the resident memory of the process running the stack, which runs in a
// child process so the client's own memory is not counted: before, and its peak during the transfer (sampled
// every 10 ms). Streaming means the peak stays near the baseline, far below the file's size.
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, mkdtempSync, openAsBlob, readFileSync, rmSync } from "node:fs";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { createClient } from "@supabase/supabase-js";
import postgres from "postgres";
import { Upload } from "tus-js-client";

const SIZE = 200 * 1000 * 1000;
const PASSWORD = "bench-upload-password-1";

interface StackInfo {
  apiUrl: string;
  dbUrl: string;
  anonKey: string;
  serviceRoleKey: string;
}

// The child: the local stack alone, with a project-wide upload limit above the file's size.
if (process.argv[2] === "--serve-stack") {
  const { startStack } = await import("../../supabase/local/stack.ts");
  const stack = await startStack({
    dataDir: process.argv[3],
    apiPort: 0,
    dbPort: 0,
    seed: false,
    config: { storage: { file_size_limit: 1024 * 1024 * 1024 } },
  });
  const info: StackInfo = {
    apiUrl: stack.apiUrl,
    dbUrl: stack.dbUrl,
    anonKey: stack.anonKey,
    serviceRoleKey: stack.serviceRoleKey,
  };
  console.log(JSON.stringify(info));
  process.once("SIGTERM", async () => {
    await stack.stop();
    process.exit(0);
  });
  await new Promise(() => {});
}

const scratch = mkdtempSync(join(tmpdir(), "arco-bench-upload-"));
const child = spawn(process.execPath, [import.meta.filename, "--serve-stack", join(scratch, "stack")], {
  stdio: ["ignore", "pipe", "inherit"],
});

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

function peakRssMb(pid: number): number {
  return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;
}

/** Runs `transfer` while sampling the stack's resident memory; returns its duration and the peak seen. */
async function measured(transfer: () => Promise<void>): Promise<{ seconds: number; before: number; peak: number }> {
  const pid = child.pid!;
  const before = rssMb(pid);
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 10);
  const started = performance.now();
  try {
    await transfer();
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - started) / 1000;
  return { seconds, before, peak: Math.max(peak, rssMb(pid)) };
}

function report(label: string, { seconds, before, peak }: { seconds: number; before: number; peak: number }) {
  const rate = SIZE / 1e6 / seconds;
  console.log(
    `  ${label.padEnd(34)} ${rate.toFixed(0).padStart(5)} MB/s   ${seconds.toFixed(2).padStart(6)} s   stack RSS ${before.toFixed(0)} → peak ${peak.toFixed(0)} MB (+${(peak - before).toFixed(0)})`,
  );
}

/** A file of incompressible bytes, written in 1 MB pieces; returns its MD5 (Storage's ETag). */
async function writeFile(path: string): Promise<string> {
  const md5 = createHash("md5");
  const handle = await open(path, "w");
  try {
    for (let written = 0; written < SIZE; written += 1e6) {
      const piece = randomBytes(Math.min(1e6, SIZE - written));
      md5.update(piece);
      await handle.write(piece);
    }
  } finally {
    await handle.close();
  }
  return md5.digest("hex");
}

let sql: postgres.Sql | undefined;
try {
  const info = await new Promise<StackInfo>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      if (line.startsWith("{")) resolve(JSON.parse(line) as StackInfo);
    });
    child.once("exit", (code) => reject(new Error(`the stack exited (${code}) before it was ready`)));
  });
  const file = join(scratch, "upload.bin");
  const md5 = await writeFile(file);

  // A Pro organization (100 GB of storage) with one member.
  const admin = createClient(info.apiUrl, info.serviceRoleKey, { auth: { persistSession: false } });
  const created = await admin.auth.admin.createUser({
    email: "bench@upload.test",
    password: PASSWORD,
    email_confirm: true,
  });
  if (created.error) throw created.error;
  sql = postgres(info.dbUrl, { prepare: false, max: 1, onnotice: () => {} });
  const [org] = await sql<{ id: string }[]>`
    insert into public.organizations (name, slug, tier) values ('Bench', 'bench-upload', 'pro') returning id`;
  await sql`
    insert into public.memberships (org_id, user_id, role, status)
    values (${org!.id}, ${created.data.user.id}, 'member', 'accepted')`;
  const member = createClient(info.apiUrl, info.anonKey, { auth: { persistSession: false, autoRefreshToken: false } });
  const signedIn = await member.auth.signInWithPassword({ email: "bench@upload.test", password: PASSWORD });
  if (signedIn.error) throw signedIn.error;
  const files = member.storage.from("client-files");

  console.log(
    `Upload through the local Storage (${SIZE / 1e6} MB of random bytes, supabase-js, one member of a Pro plan)`,
  );
  const checkStored = async (name: string) => {
    const [row] = await sql!<{ size: string; etag: string }[]>`
      select metadata ->> 'size' as size, metadata ->> 'eTag' as etag
      from storage.objects where bucket_id = 'client-files' and name = ${name}`;
    if (Number(row?.size) !== SIZE || row?.etag !== `"${md5}"`) throw new Error(`${name} was not stored intact`);
  };

  const multipartName = `${org!.id}/${crypto.randomUUID()}/multipart.bin`;
  report(
    "multipart upload (Blob)",
    await measured(async () => {
      const blob = await openAsBlob(file, { type: "application/octet-stream" });
      const { error } = await files.upload(multipartName, blob);
      if (error) throw error;
    }),
  );
  await checkStored(multipartName);

  const signedName = `${org!.id}/${crypto.randomUUID()}/signed.bin`;
  const signed = await files.createSignedUploadUrl(signedName);
  if (signed.error) throw signed.error;
  report(
    "raw stream to a signed upload URL",
    await measured(async () => {
      const { error } = await files.uploadToSignedUrl(signedName, signed.data.token, createReadStream(file), {
        contentType: "application/octet-stream",
      });
      if (error) throw error;
    }),
  );
  await checkStored(signedName);

  const resumableName = `${org!.id}/${crypto.randomUUID()}/resumable.bin`;
  const resumable = await files.createSignedUploadUrl(resumableName);
  if (resumable.error) throw resumable.error;
  report(
    "resumable (tus), 6 MB chunks",
    await measured(
      () =>
        new Promise<void>((resolve, reject) => {
          new Upload(createReadStream(file), {
            endpoint: `${info.apiUrl}/storage/v1/upload/resumable/sign`,
            headers: { apikey: info.anonKey, "x-signature": resumable.data.token, "x-upsert": "false" },
            metadata: {
              bucketName: "client-files",
              objectName: resumableName,
              contentType: "application/octet-stream",
            },
            uploadSize: SIZE,
            chunkSize: 6 * 1024 * 1024,
            retryDelays: [],
            onSuccess: () => resolve(),
            onError: reject,
          }).start();
        }),
    ),
  );
  await checkStored(resumableName);

  const url = await files.createSignedUrl(signedName, 60);
  if (url.error) throw url.error;
  report(
    "download through a signed URL",
    await measured(async () => {
      const response = await fetch(url.data.signedUrl);
      let received = 0;
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) received += chunk.byteLength;
      if (received !== SIZE) throw new Error(`downloaded ${received} of ${SIZE} bytes`);
    }),
  );

  const [usage] = await sql<{ value: string }[]>`
    select value::text from public.usage_counters
    where org_id = ${org!.id} and metric = 'storage_bytes' and period = 'total'`;
  console.log(`  storage counted for the organization: ${(Number(usage?.value ?? 0) / 1e6).toFixed(0)} MB`);
  console.log(`  stack process peak RSS over its life (start-up included): ${peakRssMb(child.pid!).toFixed(0)} MB`);
} finally {
  await sql?.end({ timeout: 1 });
  if (child.exitCode === null) {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  }
  rmSync(scratch, { recursive: true, force: true });
}
