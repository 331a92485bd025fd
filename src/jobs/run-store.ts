import type { serializeError } from "inngest";
import type { LocalEvent } from "./local-scheduler";

/** A finished step as stored: its JSON result, or the error it ended with. */
export type StoredStep = { ok: true; data: unknown } | { ok: false; error: ReturnType<typeof serializeError> };

export interface StoredRun {
  runId: string;
  functionId: string;
  event: LocalEvent;
  steps: Record<string, StoredStep>;
}

/**
 * Where the local scheduler keeps runs until they end, so that another process can resume what one stopped
 * or crashed in the middle of (src/jobs/postgres-run-store.ts in the app; tests may keep none).
 */
export interface RunStore {
  /** Records a new run before it executes. */
  add(run: Omit<StoredRun, "steps">): Promise<void>;
  saveStep(runId: string, key: string, step: StoredStep): Promise<void>;
  finish(runId: string, outcome: { status: "succeeded" | "failed"; error?: string }): Promise<void>;
  /** Takes over the runs whose process is gone (provably, or silent for too long), for this one to resume. */
  takeAbandoned(): Promise<StoredRun[]>;
  /** Tells other processes this one is still executing its runs. */
  heartbeat(): Promise<void>;
}
