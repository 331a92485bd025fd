import { InngestTestEngine } from "@inngest/test";
import { createClient } from "@supabase/supabase-js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { TEST_PASSWORD, createConfirmedUser } from "@/tests/support/users";

// The hourly cleanup of client-file objects that were uploaded but that nothing came to reference: it must
// remove those, and never what a row names (a file record, a ticket message's attachment, a report's PDF).

const stack = stackForThisFile();
let job: typeof import("@/inngest/functions/remove-orphan-files");
let reportsBucket: string;
let org: string;
const names = { recorded: "", attached: "", oldOrphan: "", freshOrphan: "" };
let reportPdf = "";

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  job = await import("@/inngest/functions/remove-orphan-files");
  ({ reportsBucket } = await import("@/src/reports/storage/sign-report-pdf"));

  const userId = await createConfirmedUser(stack, "uploader@example.com");
  const [created] = await stack.sql<{ id: string }[]>`
    insert into public.organizations (name, slug, tier) values ('Uploads', 'uploads', 'basic') returning id`;
  org = created!.id;
  await stack.sql`insert into public.memberships (org_id, user_id, role, status) values (${org}, ${userId}, 'owner', 'accepted')`;

  const member = createClient(stack.apiUrl, stack.anonKey, { auth: { persistSession: false } });
  const signedIn = await member.auth.signInWithPassword({ email: "uploader@example.com", password: TEST_PASSWORD });
  expect(signedIn.error).toBeNull();
  for (const key of Object.keys(names) as (keyof typeof names)[]) {
    names[key] = `${org}/${crypto.randomUUID()}/${key}.txt`;
    const uploaded = await member.storage.from("client-files").upload(names[key], `bytes of ${key}`);
    expect(uploaded.error).toBeNull();
  }
  await stack.sql`
    insert into public.storage_files (org_id, object_name, name, size_bytes)
    values (${org}, ${names.recorded}, 'recorded.txt', 0)`;
  // A screenshot attached to a ticket straight from the upload, with no file-store record.
  const [ticket] = await stack.sql<{ id: string }[]>`
    insert into public.support_tickets (org_id, subject, created_by) values (${org}, 'Form broken', ${userId})
    returning id`;
  await stack.sql`
    insert into public.ticket_messages (ticket_id, org_id, author_id, body, attachments)
    values (${ticket!.id}, ${org}, ${userId}, 'Screenshot attached',
      ${stack.sql.json([{ object_name: names.attached, name: "attached.txt" }])})`;

  // The report job's PDF, where the report pages sign it.
  reportPdf = `${org}/reports/2026-10.pdf`;
  await stack.sql`
    insert into public.reports (org_id, period, status, object_name, generated_at)
    values (${org}, '2026-10-01', 'ready', ${reportPdf}, now())`;
  const service = createClient(stack.apiUrl, stack.serviceRoleKey, { auth: { persistSession: false } });
  const written = await service.storage
    .from(reportsBucket)
    .upload(reportPdf, new Blob(["%PDF-1.7 report"], { type: "application/pdf" }));
  expect(written.error).toBeNull();

  // Two hours old: past the grace period, like an upload whose reference never came.
  await stack.sql`
    update storage.objects set created_at = now() - interval '2 hours'
    where name in (${names.recorded}, ${names.attached}, ${names.oldOrphan}, ${reportPdf})`;
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

async function storedNames(): Promise<string[]> {
  const rows = await stack.sql<{ name: string }[]>`
    select bucket_id || ':' || name as name from storage.objects order by 1`;
  return rows.map((row) => row.name);
}

describe("remove-orphan-files", () => {
  it("removes unreferenced objects past the grace period, bytes included, and keeps everything a row names", async () => {
    const engine = new InngestTestEngine({ function: job.removeOrphanFiles });
    const event = {
      name: "inngest/scheduled.timer",
      data: {},
      id: "orphans-1",
      ts: Date.parse("2026-11-23T10:15:00Z"),
    };
    const { result } = await engine.execute({ events: [event] });

    expect(result).toEqual({ found: 1, removed: 1, bytes: "bytes of oldOrphan".length });
    expect(await storedNames()).toEqual(
      [
        `client-files:${names.recorded}`,
        `client-files:${names.attached}`,
        `client-files:${names.freshOrphan}`,
        `${reportsBucket}:${reportPdf}`,
      ].sort(),
    );
    const download = await createClient(stack.apiUrl, stack.serviceRoleKey, { auth: { persistSession: false } })
      .storage.from("client-files")
      .download(names.oldOrphan);
    expect(download.error).not.toBeNull();

    const [run] = await stack.sql<{ run_key: string; detail: Record<string, number> }[]>`
      select run_key, detail from public.job_runs where job = 'remove-orphan-files'`;
    expect(run).toEqual({ run_key: "2026-11-23T10", detail: { found: 1, removed: 1, bytes: 18 } });
  });

  it("gives the removed bytes back to the organization's quota", async () => {
    const [counter] = await stack.sql<{ value: string }[]>`
      select value::text from public.usage_counters
      where org_id = ${org} and metric = 'storage_bytes' and period = 'total'`;
    const stored = ["recorded", "attached", "freshOrphan"].reduce((sum, key) => sum + `bytes of ${key}`.length, 0);
    expect(Number(counter!.value)).toBe(stored);
  });

  it("finds nothing more when run again", async () => {
    const engine = new InngestTestEngine({ function: job.removeOrphanFiles });
    const event = {
      name: "inngest/scheduled.timer",
      data: {},
      id: "orphans-2",
      ts: Date.parse("2026-11-23T11:15:00Z"),
    };
    const { result } = await engine.execute({ events: [event] });
    expect(result).toEqual({ found: 0, removed: 0, bytes: 0 });
    expect(await storedNames()).toHaveLength(4);
  });
});
