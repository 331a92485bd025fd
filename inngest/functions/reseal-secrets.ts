import "server-only";
import { cron } from "inngest";
import { resealOpenaiKeys } from "@/src/ai/byok/reseal-openai-keys";
import { resealConnectionCredentials } from "@/src/connections/reseal-connection-credentials";
import { recordJobRun } from "@/src/jobs/record-job-run";
import { runRequested } from "../client";
import { createFunction } from "../create-function";

/**
 * Key rotation's second step: after a new key is put first in ARCO_ENCRYPTION_KEYS, every stored secret sealed
 * by an older key is sealed again under the new one, so the old key can be dropped. Nightly (a no-op when
 * nothing is stale) and on demand (`npm run jobs -- run reseal-secrets`, or the agency's jobs page).
 */
export const resealSecrets = createFunction(
  {
    id: "reseal-secrets",
    name: "Re-seal stored secrets under the current key",
    triggers: [cron("TZ=America/Sao_Paulo 30 4 * * *"), runRequested("reseal-secrets")],
    concurrency: { limit: 1 },
  },
  async ({ event, step }) => {
    const startedAt = new Date();
    const openaiKeys = await step.run("reseal-openai-keys", () => resealOpenaiKeys());
    const connections = await step.run("reseal-connection-credentials", () => resealConnectionCredentials());
    await step.run("record-run", () =>
      recordJobRun({
        job: "reseal-secrets",
        runKey: event.id ?? startedAt.toISOString(),
        status: "succeeded",
        detail: { openaiKeys, connections },
        startedAt,
      }),
    );
    return { openaiKeys, connections };
  },
);
