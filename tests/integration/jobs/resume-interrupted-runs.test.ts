import { hostname } from "node:os";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";

/**
 * The local scheduler keeps runs in Postgres until they end: a process that stops or crashes mid-run leaves
 * them to the next, which resumes them from the last finished step, as Inngest would.
 */
const stack = stackForThisFile();
let scheduling: typeof import("@/src/jobs/local-scheduler");
let stores: typeof import("@/src/jobs/postgres-run-store");
let createFunction: typeof import("@/inngest/create-function").createFunction;

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  scheduling = await import("@/src/jobs/local-scheduler");
  stores = await import("@/src/jobs/postgres-run-store");
  ({ createFunction } = await import("@/inngest/create-function"));
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
/** A process of this host that has ended: its pid is free (pids stop well below this). */
const deadProcess = { host: hostname(), pid: 4_194_999, startTime: "1" };

async function storedRuns() {
  return stack.sql<{ status: string; steps: Record<string, unknown> }[]>`
    select status, steps from public.scheduler_runs order by created_at`;
}

describe("a run interrupted by the end of its process", () => {
  it("resumes in the next process from its last finished step, which is not run again", async () => {
    const sideEffects = { charge: 0, email: 0 };
    let crashed = true;
    const fn = createFunction(
      { id: "test-two-steps", triggers: [{ event: "test/order.placed" }] },
      async ({ step }) => {
        const charged = await step.run("charge", () => ++sideEffects.charge);
        // The first process dies during this step: it never returns there.
        await step.run("email", () => (crashed ? new Promise(() => {}) : ++sideEffects.email));
        return { charged };
      },
    );

    const first = new scheduling.LocalScheduler({
      functions: [fn],
      logger: quiet,
      store: stores.postgresRunStore({ owner: deadProcess }),
    });
    await first.send([{ name: "test/order.placed", data: { order: 7 } }]);
    await vi.waitFor(async () => expect((await storedRuns())[0]?.steps).toHaveProperty("charge"), { timeout: 5000 });
    first.drain();
    crashed = false;

    const next = new scheduling.LocalScheduler({ functions: [fn], logger: quiet, store: stores.postgresRunStore() });
    expect(await next.resume()).toBe(1);
    await next.idle();

    expect(sideEffects).toEqual({ charge: 1, email: 1 });
    expect(next.history()).toEqual([
      expect.objectContaining({
        functionId: "test-two-steps",
        status: "succeeded",
        resumed: true,
        output: { charged: 1 },
      }),
    ]);
    expect(await storedRuns()).toEqual([
      { status: "succeeded", steps: { charge: { ok: true, data: 1 }, email: { ok: true, data: 1 } } },
    ]);
    // Nothing is left to take over.
    expect(
      await new scheduling.LocalScheduler({
        functions: [fn],
        logger: quiet,
        store: stores.postgresRunStore(),
      }).resume(),
    ).toBe(0);
  });

  it("leaves the runs of a live process alone until it falls silent", async () => {
    const fn = createFunction({ id: "test-live", triggers: [{ event: "test/live" }] }, async ({ step }) => {
      await step.run("wait", () => new Promise(() => {}));
    });
    // The test runner's parent process is alive: its runs are not anyone else's to take.
    const { processIdentity } = await import("@/src/runtime/process-identity");
    const parent = processIdentity(process.ppid);
    const owner = new scheduling.LocalScheduler({
      functions: [fn],
      logger: quiet,
      store: stores.postgresRunStore({ owner: parent }),
    });
    await owner.send([{ name: "test/live", data: {} }]);

    const patient = new scheduling.LocalScheduler({ functions: [fn], logger: quiet, store: stores.postgresRunStore() });
    expect(await patient.resume()).toBe(0);
    const impatient = new scheduling.LocalScheduler({
      functions: [fn],
      logger: quiet,
      store: stores.postgresRunStore({ silentAfterMs: 0 }),
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await impatient.resume()).toBe(1);
    owner.drain();
    impatient.drain();
  });
});
