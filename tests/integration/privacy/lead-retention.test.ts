import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";

/**
 * Lead retention: the daily job deletes leads that never consented once they are 12 months old; consented
 * leads stay, and so does the proof of a consent later withdrawn.
 */
const stack = stackForThisFile();
let LocalScheduler: typeof import("@/src/jobs/local-scheduler").LocalScheduler;
let functions: import("inngest").InngestFunction.Any[];

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  ({ LocalScheduler } = await import("@/src/jobs/local-scheduler"));
  functions = [(await import("@/inngest/functions/delete-stale-leads")).deleteStaleLeadsFunction];
  await stack.sql`
    insert into public.leads (email, source, created_at, consent_at, consent_text_version, status, unsubscribed_at) values
      ('old-unconsented@x.test', 'analyzer', now() - interval '13 months', null, null, 'new', null),
      ('old-consented@x.test', 'analyzer', now() - interval '3 years', now() - interval '3 years', 'v1', 'nurturing', null),
      ('old-withdrawn@x.test', 'analyzer', now() - interval '2 years', now() - interval '2 years', 'v1', 'unsubscribed',
        now() - interval '1 year'),
      ('recent-unconsented@x.test', 'analyzer', now() - interval '11 months', null, null, 'new', null)`;
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("delete-stale-leads", () => {
  it("deletes unconsented leads older than 12 months and keeps consent records", async () => {
    const scheduler = new LocalScheduler({ functions, logger: { info: () => {}, warn: () => {}, error: () => {} } });
    const run = await scheduler.invoke("delete-stale-leads");
    expect(run.status).toBe("succeeded");
    expect(run.output).toEqual({ deleted: 1 });
    const rows = await stack.sql<{ email: string; consent_text_version: string | null; unsubscribed: boolean }[]>`
      select email::text, consent_text_version, unsubscribed_at is not null as unsubscribed
      from public.leads order by email`;
    expect(rows).toEqual([
      { email: "old-consented@x.test", consent_text_version: "v1", unsubscribed: false },
      { email: "old-withdrawn@x.test", consent_text_version: "v1", unsubscribed: true },
      { email: "recent-unconsented@x.test", consent_text_version: null, unsubscribed: false },
    ]);
    const again = await new LocalScheduler({
      functions,
      logger: { info: () => {}, warn: () => {}, error: () => {} },
    }).invoke("delete-stale-leads");
    expect(again.output).toEqual({ deleted: 0 });
  });
});
