import "server-only";
import { NonRetriableError } from "inngest";
import { generateInsight, markInsightFailed } from "@/src/ai/insights/generate-insight";
import { recordJobRun } from "@/src/jobs/record-job-run";
import { insightRequested, priorityInsightRequested } from "../client";
import { createFunction } from "../create-function";

/**
 * One function per lane, same work: Enterprise's insights ("priority") have their own function and
 * concurrency, so a queue of Pro requests never delays them (on Inngest Cloud and in the local scheduler
 * alike, which honours per-function limits). Each run claims its row, so a re-delivered event does nothing.
 */
function insightFunction(
  id: string,
  trigger: typeof insightRequested | typeof priorityInsightRequested,
  limit: number,
) {
  return createFunction(
    {
      id,
      name: id === "generate-insight" ? "Generate AI insight" : "Generate AI insight (priority)",
      triggers: [trigger],
      retries: 2,
      concurrency: { limit },
      onFailure: async ({ event, step }) => {
        const { insightId } = trigger.schema.parse(event.data.event.data);
        await step.run("mark-insight-failed", () => markInsightFailed(insightId, "openai_error"));
      },
    },
    async ({ event, step, logger }) => {
      const startedAt = new Date();
      const outcome = await step.run("generate-insight", async () => {
        try {
          return await generateInsight(event.data.insightId);
        } catch (error) {
          // A refused or malformed answer will not improve on a retry; a network error or a 5xx may.
          if (error instanceof Error && /refused|no answer/.test(error.message)) {
            throw new NonRetriableError(error.message);
          }
          throw error;
        }
      });
      if (outcome.status === "skipped") logger.warn(`AI insight ${event.data.insightId} skipped: ${outcome.reason}`);
      await step.run("record-run", () =>
        recordJobRun({
          job: id,
          runKey: event.data.insightId,
          status: outcome.status === "failed" ? "failed" : "succeeded",
          detail: { insightId: event.data.insightId, outcome: outcome.status, ...outcome },
          startedAt,
        }),
      );
      return outcome;
    },
  );
}

export const generateInsightFunction = insightFunction("generate-insight", insightRequested, 2);
export const generatePriorityInsightFunction = insightFunction(
  "generate-priority-insight",
  priorityInsightRequested,
  2,
);
