import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("@/src/jobs/record-job-run", () => ({ recordJobRun: vi.fn(async () => ({ recorded: true })) }));

const BASE_ENV = {
  SUPABASE_URL: "http://127.0.0.1:54321",
  SUPABASE_ANON_KEY: "anon-key",
  SUPABASE_SERVICE_ROLE_KEY: "service-role-key",
  DATABASE_URL: "postgres://postgres:postgres@127.0.0.1:54322/postgres",
  INNGEST_EVENT_KEY: undefined,
  INNGEST_BASE_URL: undefined,
};
const SCHEDULER_KEY = Symbol.for("arco.jobs.local-scheduler");

/** env() is read once per module instance, so each configuration gets fresh modules. */
async function load(vars: Partial<Record<keyof typeof BASE_ENV, string>>) {
  vi.resetModules();
  for (const [name, value] of Object.entries({ ...BASE_ENV, ...vars })) vi.stubEnv(name, value);
  const [{ sendEvent }, { startLocalScheduler }, { localScheduler }, client] = await Promise.all([
    import("@/src/jobs/send-event"),
    import("@/src/jobs/start-local-scheduler"),
    import("@/src/jobs/local-scheduler-instance"),
    import("@/inngest/client"),
  ]);
  return { sendEvent, startLocalScheduler, localScheduler, client };
}

afterEach(() => {
  const holder = globalThis as { [SCHEDULER_KEY]?: { stop(): void } };
  holder[SCHEDULER_KEY]?.stop();
  delete holder[SCHEDULER_KEY];
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("sendEvent", () => {
  it("sends to Inngest when an event key is configured", async () => {
    const { sendEvent, client } = await load({ INNGEST_EVENT_KEY: "evt-key" });
    const send = vi.spyOn(client.inngest, "send").mockResolvedValue({ ids: ["from-inngest"] });
    const event = client.analyzerUrlSubmitted.create({ analysisId: "a-1" });
    await expect(sendEvent(event)).resolves.toEqual({ ids: ["from-inngest"] });
    expect(send).toHaveBeenCalledWith(event);
  });

  it("sends to Inngest when only a self-hosted base URL is configured", async () => {
    const { sendEvent, client, localScheduler } = await load({ INNGEST_BASE_URL: "http://127.0.0.1:8288" });
    const send = vi.spyOn(client.inngest, "send").mockResolvedValue({ ids: ["x"] });
    await sendEvent(client.heartbeatRequested.create({}));
    expect(send).toHaveBeenCalledOnce();
    expect(localScheduler().history()).toHaveLength(0);
  });

  it("runs the matching functions in-process without Inngest", async () => {
    const { sendEvent, client, localScheduler } = await load({});
    const send = vi.spyOn(client.inngest, "send");
    const { ids } = await sendEvent(client.heartbeatRequested.create({}, { id: "evt-local-1" }));
    await localScheduler().idle();
    expect(ids).toEqual(["evt-local-1"]);
    expect(send).not.toHaveBeenCalled();
    expect(localScheduler().history()).toEqual([
      expect.objectContaining({
        functionId: "daily-heartbeat",
        status: "succeeded",
        output: { runKey: "evt-local-1", recorded: true },
      }),
    ]);
  });

  it("rejects an event whose data breaks its schema, sending nothing", async () => {
    const { sendEvent, client, localScheduler } = await load({});
    const bad = client.analyzerUrlSubmitted.create({ analysisId: 42 as unknown as string });
    await expect(sendEvent(bad)).rejects.toThrow(/analysisId/);
    expect(localScheduler().history()).toHaveLength(0);
  });
});

describe("startLocalScheduler", () => {
  it("starts the scheduler with every function and says so in one line", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const { startLocalScheduler, localScheduler } = await load({});
    const { functions } = await import("@/inngest/functions");
    startLocalScheduler();
    expect(info).toHaveBeenCalledWith(
      `jobs: local scheduler running ${functions.length} functions (no Inngest server configured)`,
    );
    expect(localScheduler().functionCount).toBe(functions.length);
  });

  it("does nothing when Inngest is configured", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    const { startLocalScheduler } = await load({ INNGEST_EVENT_KEY: "evt-key" });
    startLocalScheduler();
    expect(info).not.toHaveBeenCalled();
    expect((globalThis as { [SCHEDULER_KEY]?: unknown })[SCHEDULER_KEY]).toBeUndefined();
  });
});
