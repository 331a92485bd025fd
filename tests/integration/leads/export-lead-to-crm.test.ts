import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startFakeHubSpot, type FakeHubSpot } from "@/tests/support/fake-hubspot";
import { stackForThisFile } from "@/tests/support/stack";
import { CONSENT_VERSION, configureLeadApp, insertAnalysis, quietLogger } from "./lead-fixtures";

const stack = stackForThisFile();
const TOKEN = "pat-na1-11111111-2222-3333-4444-555555555555";
let hubspot: FakeHubSpot;

beforeAll(async () => {
  hubspot = await startFakeHubSpot(TOKEN);
});

afterAll(async () => {
  await endConnection();
  await hubspot.close();
});

async function endConnection() {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
}

/** The app with a given configuration: settings are read once per module instance, so each gets fresh modules. */
async function load(overrides: Record<string, string>) {
  configureLeadApp(stack, overrides);
  vi.resetModules();
  const [fn, client, scheduling, capture, db] = await Promise.all([
    import("@/inngest/functions/export-lead-to-crm"),
    import("@/inngest/client"),
    import("@/src/jobs/local-scheduler"),
    import("@/src/leads/capture-lead"),
    import("@/src/db/with-user"),
  ]);
  const logger = { ...quietLogger, warn: vi.fn() };
  return {
    logger,
    async capture(email: string) {
      const analysisId = await insertAnalysis(stack, `https://${email.split("@")[0]}.test/`);
      return db.withAnon((tx) =>
        capture.captureLead(tx, {
          email,
          locale: "pt-BR",
          source: "analyzer",
          consent: true,
          consentTextVersion: CONSENT_VERSION,
          analysisId,
        }),
      );
    },
    /** Delivers `leads/lead.captured` as the API sends it, and returns the finished run. */
    async export(leadId: string) {
      const scheduler = new scheduling.LocalScheduler({
        functions: [fn.exportLeadToCrm],
        logger,
        wait: async () => {},
        retryDelayMs: () => 0,
      });
      const { ids } = await scheduler.send([client.leadCaptured.create({ leadId })]);
      await scheduler.idle();
      const [run] = scheduler.history();
      return { run: run!, eventId: ids[0]! };
    },
  };
}

async function jobRun(eventId: string) {
  const [row] = await stack.sql<{ status: string; detail: Record<string, unknown> }[]>`
    select status, detail from public.job_runs where job = 'export-lead-to-crm' and run_key = ${eventId}`;
  return row;
}

describe("export-lead-to-crm", () => {
  it("without HUBSPOT_ACCESS_TOKEN, says the export is off instead of passing for one", async () => {
    const app = await load({});
    const { leadId } = await app.capture("ana@crm.test");
    const { run, eventId } = await app.export(leadId);

    expect(run).toMatchObject({ status: "succeeded", output: { outcome: "skipped" } });
    expect(await jobRun(eventId)).toEqual({
      status: "succeeded",
      detail: { leadId, outcome: "skipped", reason: "no CRM configured (HUBSPOT_ACCESS_TOKEN unset)" },
    });
    expect(app.logger.warn).toHaveBeenCalledWith(
      expect.stringContaining("export-lead-to-crm"),
      expect.stringContaining("CRM export skipped"),
    );
    expect(hubspot.requests).toHaveLength(0);
    await endConnection();
  });

  describe("with HubSpot", () => {
    let app: Awaited<ReturnType<typeof load>>;
    beforeAll(async () => {
      app = await load({ HUBSPOT_ACCESS_TOKEN: TOKEN, HUBSPOT_BASE_URL: `${hubspot.url}/` });
    });

    it("upserts the contact by email through the contacts batch API with the private-app token", async () => {
      const { leadId } = await app.capture("Bia@CRM.test");
      const { run, eventId } = await app.export(leadId);

      expect(hubspot.requests).toHaveLength(1);
      const [request] = hubspot.requests;
      expect(request).toMatchObject({ method: "POST", path: "/crm/v3/objects/contacts/batch/upsert" });
      expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(request?.body).toEqual({
        inputs: [
          {
            id: "Bia@CRM.test",
            idProperty: "email",
            properties: { email: "Bia@CRM.test", website: "https://Bia.test/" },
          },
        ],
      });
      const contact = hubspot.contacts.get("bia@crm.test");
      expect(contact?.properties).toMatchObject({ email: "bia@crm.test", website: "https://Bia.test/" });
      const expected = { outcome: "exported", crm: "hubspot", externalId: contact?.id, created: true };
      expect(run).toMatchObject({ status: "succeeded", output: expected });
      expect(await jobRun(eventId)).toEqual({ status: "succeeded", detail: { leadId, ...expected } });
    });

    it("updates the same contact when the lead comes back, rather than creating another", async () => {
      const { leadId } = await app.capture("bia@crm.test");
      const { run } = await app.export(leadId);
      expect(run.output).toMatchObject({ outcome: "exported", created: false });
      expect([...hubspot.contacts.keys()].filter((k) => k === "bia@crm.test")).toHaveLength(1);
    });

    it("retries when HubSpot asks to slow down, then exports", async () => {
      const { leadId } = await app.capture("caio@crm.test");
      hubspot.requests.length = 0;
      hubspot.failNext({
        status: 429,
        body: { status: "error", message: "You have reached your secondly limit.", category: "RATE_LIMITS" },
      });
      const { run } = await app.export(leadId);
      expect(run).toMatchObject({ status: "succeeded", executions: 2, output: { outcome: "exported", created: true } });
      expect(hubspot.requests).toHaveLength(2);
    });

    it("fails for good, and records it, when HubSpot refuses the token", async () => {
      const { leadId } = await app.capture("dora@crm.test");
      hubspot.requests.length = 0;
      hubspot.failNext({
        status: 401,
        body: { status: "error", message: "Authentication credentials not found.", category: "INVALID_AUTHENTICATION" },
      });
      const { run, eventId } = await app.export(leadId);
      expect(run).toMatchObject({ status: "failed", executions: 1 });
      expect(hubspot.requests).toHaveLength(1);
      expect(await jobRun(eventId)).toMatchObject({
        status: "failed",
        detail: { leadId, error: expect.stringContaining("HubSpot 401: Authentication credentials not found.") },
      });
      expect(hubspot.contacts.has("dora@crm.test")).toBe(false);
    });
  });
});
