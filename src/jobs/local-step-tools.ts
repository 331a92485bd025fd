import "server-only";
import { NonRetriableError, StepError, durationToMs, serializeError } from "inngest";
import type { StoredStep } from "./run-store";

/** What a finished step left behind; replayed instead of running the step again. */
export type StepOutcome = { ok: true; data: unknown } | { ok: false; error: StepError };

/** The part of a run that outlives each retried execution of its handler, as Inngest's run state does. */
export interface RunState {
  memo: Map<string, StepOutcome>;
  /** Keeps a finished step beyond this process (see run-store.ts), before the handler goes on. */
  persist?: (key: string, step: StoredStep) => Promise<void>;
  /** Failures so far per step key; errors thrown outside any step count under `FUNCTION_KEY`. */
  failures: Map<string, number>;
}

export const FUNCTION_KEY = "";

/** A step failed with retries left: the execution stops here and the run is retried. */
export interface StepInterrupt {
  key: string;
  error: unknown;
}

export interface StepToolsOptions {
  functionId: string;
  state: RunState;
  maxAttempts: number;
  interrupt: (interrupt: StepInterrupt) => void;
  sendEvent: (events: unknown[]) => Promise<{ ids: string[] }>;
  pause: (ms: number, what: string) => Promise<void>;
  now: () => Date;
}

export interface LocalStepTools {
  tools: Record<string, unknown>;
  /** Called when the execution ends: an abandoned handler still running must not start new steps. */
  close: () => void;
}

type StepIdInput = string | { id: string };

const idOf = (input: StepIdInput): string => (typeof input === "string" ? input : input.id);

// Step results travel as JSON on Inngest, so handlers see the same shapes here (undefined becomes null).
function asJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

function instantMs(time: unknown): number {
  if (
    typeof time === "object" &&
    time !== null &&
    "epochMilliseconds" in time &&
    typeof time.epochMilliseconds === "number"
  ) {
    return time.epochMilliseconds;
  }
  const ms = time instanceof Date ? time.getTime() : new Date(String(time)).getTime();
  if (Number.isNaN(ms)) throw new Error(`Invalid time for step.sleepUntil: ${String(time)}`);
  return ms;
}

/**
 * `supported` plus, for any other tool the SDK offers, a function that throws naming it, so a job using
 * something the local scheduler lacks fails clearly instead of with "undefined is not a function".
 */
export function withUnsupported(supported: object, prefix: string, functionId: string): Record<string, unknown> {
  return new Proxy(supported as Record<string, unknown>, {
    get(target, prop) {
      if (typeof prop !== "string" || prop in target) return Reflect.get(target, prop);
      if (prop === "then") return undefined;
      return () => {
        throw new Error(`${prefix}.${prop} is not supported by the local scheduler (in ${functionId})`);
      };
    },
  });
}

/**
 * The `step` object for one execution of a handler, with Inngest's semantics for the tools the local
 * scheduler supports: results are memoized per step id across retries, a repeated id gets Inngest's `:n`
 * suffix, a failing step interrupts the execution until its retries run out and then throws a `StepError`
 * into the handler. Other tools throw, naming themselves.
 */
export function createLocalStepTools(options: StepToolsOptions): LocalStepTools {
  const { state, maxAttempts } = options;
  const seen = new Map<string, number>();
  let closed = false;

  function keyFor(id: string): string {
    const count = seen.get(id) ?? 0;
    seen.set(id, count + 1);
    return count === 0 ? id : `${id}:${count}`;
  }

  async function step(idInput: StepIdInput, body: () => unknown): Promise<unknown> {
    const id = idOf(idInput);
    const key = keyFor(id);
    const memo = state.memo.get(key);
    if (memo) {
      if (memo.ok) return memo.data;
      throw memo.error;
    }
    if (closed) return new Promise(() => {});
    try {
      const data = asJson(await body());
      state.memo.set(key, { ok: true, data });
      await state.persist?.(key, { ok: true, data });
      return data;
    } catch (error) {
      const failures = (state.failures.get(key) ?? 0) + 1;
      state.failures.set(key, failures);
      if (failures < maxAttempts && !(error instanceof NonRetriableError)) {
        options.interrupt({ key, error });
        // Like the SDK, never settle: the handler is abandoned and runs again from the top.
        return new Promise(() => {});
      }
      const serialized = serializeError(error);
      const stepError = new StepError(id, serialized);
      state.memo.set(key, { ok: false, error: stepError });
      await state.persist?.(key, { ok: false, error: serialized });
      throw stepError;
    }
  }

  const supported = {
    run: (id: StepIdInput, fn: (...args: unknown[]) => unknown, ...input: unknown[]) => step(id, () => fn(...input)),
    sleep: (id: StepIdInput, duration: unknown) =>
      step(id, () => options.pause(durationToMs(duration, { name: "step.sleep duration" }), `step "${idOf(id)}"`)),
    sleepUntil: (id: StepIdInput, time: unknown) =>
      step(id, () => options.pause(Math.max(0, instantMs(time) - options.now().getTime()), `step "${idOf(id)}"`)),
    sendEvent: (id: StepIdInput, payload: unknown) =>
      step(id, () => options.sendEvent(Array.isArray(payload) ? payload : [payload])),
  };

  const tools = withUnsupported(supported, "step", options.functionId);
  return { tools, close: () => (closed = true) };
}
