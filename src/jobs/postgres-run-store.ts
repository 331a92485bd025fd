import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { schedulerRuns } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";
import { currentProcess, processIsGone, type ProcessIdentity } from "@/src/runtime/process-identity";
import type { LocalEvent } from "./local-scheduler";
import type { RunStore, StoredRun, StoredStep } from "./run-store";

/**
 * The local scheduler's runs in Postgres (`scheduler_runs`). A run belongs to the process executing it, which
 * refreshes `heartbeat_at`; another process takes it over once its owner is provably gone (same host, pid
 * free or reused) or has been silent for `silentAfterMs`.
 */
export function postgresRunStore(options: { silentAfterMs?: number; owner?: ProcessIdentity } = {}): RunStore {
  const owner = options.owner ?? currentProcess();
  const silentAfterMs = options.silentAfterMs ?? 60_000;
  const mine = sql`${schedulerRuns.owner} = ${JSON.stringify(owner)}::jsonb`;
  return {
    async add(run) {
      await serviceDb()
        .insert(schedulerRuns)
        .values({ id: run.runId, functionId: run.functionId, event: run.event, owner })
        .onConflictDoNothing();
    },
    async saveStep(runId, key, step) {
      await serviceDb()
        .update(schedulerRuns)
        .set({ steps: sql`${schedulerRuns.steps} || jsonb_build_object(${key}::text, ${JSON.stringify(step)}::jsonb)` })
        .where(eq(schedulerRuns.id, runId));
    },
    async finish(runId, outcome) {
      await serviceDb()
        .update(schedulerRuns)
        .set({ status: outcome.status, error: outcome.error ?? null, finishedAt: sql`now()` })
        .where(eq(schedulerRuns.id, runId));
    },
    async heartbeat() {
      await serviceDb()
        .update(schedulerRuns)
        .set({ heartbeatAt: sql`now()` })
        .where(and(eq(schedulerRuns.status, "pending"), mine));
    },
    async takeAbandoned() {
      const candidates = await serviceDb()
        .select()
        .from(schedulerRuns)
        .where(and(eq(schedulerRuns.status, "pending"), sql`not (${mine})`));
      const silentBefore = new Date(Date.now() - silentAfterMs);
      const taken: StoredRun[] = [];
      for (const run of candidates) {
        const previous = run.owner as ProcessIdentity;
        if (!processIsGone(previous) && run.heartbeatAt >= silentBefore) continue;
        // Conditional on the owner seen: of two processes starting at once, one takes the run.
        const [claimed] = await serviceDb()
          .update(schedulerRuns)
          .set({ owner, heartbeatAt: sql`now()` })
          .where(
            and(
              eq(schedulerRuns.id, run.id),
              eq(schedulerRuns.status, "pending"),
              sql`${schedulerRuns.owner} = ${JSON.stringify(previous)}::jsonb`,
            ),
          )
          .returning({ id: schedulerRuns.id });
        if (!claimed) continue;
        taken.push({
          runId: run.id,
          functionId: run.functionId,
          event: run.event as LocalEvent,
          steps: run.steps as Record<string, StoredStep>,
        });
      }
      return taken;
    },
  };
}
