import "server-only";
import { randomUUID } from "node:crypto";
import {
  NonRetriableError,
  RetryAfterError,
  StepError,
  serializeError,
  type Handler,
  type InngestFunction,
} from "inngest";
import { handlerOf } from "@/inngest/create-function";
import { ConcurrencySlots } from "./concurrency-slots";
import { parseCron, type CronSchedule } from "./cron";
import { ExecutionLease } from "./execution-lease";
import { functionConcurrency } from "./function-concurrency";
import { functionTriggers, triggerMatches, type EventTrigger } from "./function-triggers";
import {
  FUNCTION_KEY,
  createLocalStepTools,
  withUnsupported,
  type RunState,
  type StepInterrupt,
  type StepOutcome,
} from "./local-step-tools";
import type { RunStore, StoredRun, StoredStep } from "./run-store";

/** An event as functions receive it. */
export interface LocalEvent {
  name: string;
  data: Record<string, unknown>;
  id: string;
  ts: number;
  v?: string;
}

/** An event as it is sent: id and timestamp are filled in when missing. */
export type OutgoingEvent = { name: string; data?: Record<string, unknown>; id?: string; ts?: number; v?: string };

export interface RunRecord {
  runId: string;
  functionId: string;
  event: LocalEvent;
  /** `queued` while the function's concurrency limit keeps the run waiting for its first execution. */
  status: "queued" | "running" | "succeeded" | "failed";
  /** Executions of the handler, the first included (in this process). */
  executions: number;
  /** Taken over from a process that stopped or crashed during the run. */
  resumed: boolean;
  startedAt: Date;
  finishedAt?: Date;
  output?: unknown;
  error?: string;
}

type SchedulerLogger = Pick<Console, "info" | "warn" | "error">;

export interface LocalSchedulerOptions {
  functions: readonly InngestFunction.Any[];
  now?: () => Date;
  /** How sleeps and retry delays wait; tests replace it. */
  wait?: (ms: number) => Promise<void>;
  /** Delay before retrying after the n-th failure of a step (n ≥ 1). */
  retryDelayMs?: (failures: number) => number;
  /** Longer sleeps (days in a nurture sequence, say) are cut to this, so they play out while developing. */
  maxSleepMs?: number;
  logger?: SchedulerLogger;
  /** Keeps runs until they end, so `resume()` in another process picks up what this one left; none by default. */
  store?: RunStore;
}

interface Registered {
  fn: InngestFunction.Any;
  id: string;
  handler: Handler.Any;
  events: EventTrigger[];
  crons: CronSchedule[];
  /** The function's concurrency limit; absent when it has none. */
  slots?: ConcurrencySlots;
}

type ExecutionResult =
  | { kind: "succeeded"; output: unknown }
  /** The process is stopping: the run is left for a later process to resume. */
  | { kind: "left" }
  | { kind: "retry"; key: string; error: unknown }
  | { kind: "failed"; error: unknown };

const MINUTE = 60_000;
/** Slots missed while the process was stalled (or a laptop slept) are fired if at most this old. */
const CATCH_UP_MINUTES = 5;
const HISTORY_LIMIT = 200;
const HEARTBEAT_MS = 20_000;
const REMEMBERED_EVENT_IDS = 10_000;
const DEFAULT_RETRIES = 3;

const defaultWait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());
const defaultRetryDelayMs = (failures: number) => Math.min(2_000 * 2 ** (failures - 1), 60_000);

/** A step result read back from the store, as the handler saw it when the step ended. */
function restoreStep(key: string, step: StoredStep): StepOutcome {
  // A repeated step id is stored under `id:n`; the error names the step by its id.
  return step.ok ? step : { ok: false, error: new StepError(key.replace(/:\d+$/, ""), step.error) };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs Inngest functions in this process when no Inngest server is configured: on their crons (checked
 * every minute, each slot fired once) and on sent events, with retries and memoized steps. A function's
 * concurrency limit is honoured as Inngest does: executions beyond it wait in line, and a run waiting for a
 * retry or sleeping holds no slot. Throttling, debounce, batching and `if` conditions are Inngest-server
 * features and are not applied here. Failures are logged and kept in `history()`; nothing thrown by a job escapes.
 */
export class LocalScheduler {
  readonly #functions: Registered[] = [];
  readonly #now: () => Date;
  readonly #wait: (ms: number) => Promise<void>;
  readonly #retryDelayMs: (failures: number) => number;
  readonly #maxSleepMs: number;
  readonly #log: SchedulerLogger;
  readonly #inflight = new Set<Promise<void>>();
  readonly #history: RunRecord[] = [];
  readonly #seenEventIds = new Set<string>();
  #lastSlot: number | undefined;
  #timer: NodeJS.Timeout | undefined;
  #heartbeat: NodeJS.Timeout | undefined;
  #draining = false;
  readonly #store: RunStore | undefined;

  constructor(options: LocalSchedulerOptions) {
    this.#now = options.now ?? (() => new Date());
    this.#wait = options.wait ?? defaultWait;
    this.#retryDelayMs = options.retryDelayMs ?? defaultRetryDelayMs;
    this.#maxSleepMs = options.maxSleepMs ?? MINUTE;
    this.#log = options.logger ?? console;
    this.#store = options.store;
    for (const fn of options.functions) this.#register(fn);
  }

  get functionCount(): number {
    return this.#functions.length;
  }

  #register(fn: InngestFunction.Any): void {
    const id = fn.id();
    const handler = handlerOf(fn);
    if (!handler) {
      this.#log.error(`jobs: ${id} was not defined with inngest/create-function, so it cannot run locally`);
      return;
    }
    const triggers = functionTriggers(fn);
    const crons: CronSchedule[] = [];
    for (const expression of triggers.crons) {
      try {
        crons.push(parseCron(expression));
      } catch (error) {
        this.#log.error(`jobs: ${id} keeps its other triggers but not its cron: ${message(error)}`);
      }
    }
    for (const trigger of triggers.events) {
      if (trigger.if)
        this.#log.warn(
          `jobs: ${id} runs locally for every "${trigger.event}"; its condition "${trigger.if}" is not evaluated`,
        );
    }
    const concurrency = functionConcurrency(fn);
    if (concurrency.approximations.length > 0) {
      this.#log.warn(
        `jobs: ${id} runs locally with its concurrency limit for the whole function; ${concurrency.approximations.join(", ")} not applied`,
      );
    }
    const slots = concurrency.limit === undefined ? undefined : new ConcurrencySlots(concurrency.limit);
    this.#functions.push({ fn, id, handler, events: triggers.events, crons, slots });
  }

  /**
   * Begins checking crons at every minute boundary, from the next minute on, and resumes the runs a stopped
   * process left in the store (then every minute, for runs whose process falls silent). Idempotent.
   */
  start(): void {
    if (this.#timer) return;
    void this.resume();
    if (this.#store) {
      this.#heartbeat = setInterval(() => {
        this.#store?.heartbeat().catch((error: unknown) => this.#log.warn(`jobs: heartbeat failed: ${message(error)}`));
      }, HEARTBEAT_MS);
      this.#heartbeat.unref();
    }
    this.#lastSlot = Math.floor(this.#now().getTime() / MINUTE) * MINUTE;
    const schedule = () => {
      const delay = MINUTE - (this.#now().getTime() % MINUTE);
      this.#timer = setTimeout(() => {
        this.tick();
        void this.resume();
        schedule();
      }, delay);
      // The scheduler must never be what keeps a process alive.
      this.#timer.unref();
    };
    schedule();
  }

  stop(): void {
    clearTimeout(this.#timer);
    clearInterval(this.#heartbeat);
    this.#timer = undefined;
  }

  /**
   * Takes over the runs of processes that stopped or crashed mid-run and executes them from where they were:
   * finished steps are replayed from the store, not run again. Returns how many it took.
   */
  async resume(): Promise<number> {
    if (!this.#store || this.#draining) return 0;
    let runs: StoredRun[];
    try {
      runs = await this.#store.takeAbandoned();
    } catch (error) {
      this.#log.warn(`jobs: could not look for interrupted runs: ${message(error)}`);
      return 0;
    }
    for (const run of runs) {
      const registered = this.#functions.find((f) => f.id === run.functionId);
      if (!registered) {
        void this.#store.finish(run.runId, { status: "failed", error: `no function ${run.functionId} any more` });
        continue;
      }
      this.#log.info(
        `jobs: resuming ${run.functionId} run ${run.runId} (${Object.keys(run.steps).length} step(s) done)`,
      );
      this.#track(this.#run(registered, run.event, undefined, run));
    }
    return runs.length;
  }

  /**
   * The process is stopping: no cron fires and no execution starts any more (a run waiting for its slot or
   * for a retry stays where it is), while executions under way go on; `idle()` does not wait for the runs
   * left waiting.
   */
  drain(): void {
    this.stop();
    this.#draining = true;
  }

  /** Fires the cron slots reached since the last tick; a slot already handled is never fired again. */
  tick(): void {
    const slot = Math.floor(this.#now().getTime() / MINUTE) * MINUTE;
    const last = this.#lastSlot ?? slot - MINUTE;
    if (slot <= last) return;
    const from = Math.max(last + MINUTE, slot - (CATCH_UP_MINUTES - 1) * MINUTE);
    if (from > last + MINUTE) this.#log.warn(`jobs: skipped cron slots older than ${CATCH_UP_MINUTES} minutes`);
    for (let t = from; t <= slot; t += MINUTE) {
      const instant = new Date(t);
      for (const registered of this.#functions) {
        for (const schedule of registered.crons) {
          if (!schedule.matches(instant)) continue;
          void this.#start(
            registered,
            {
              name: "inngest/scheduled.timer",
              data: { cron: schedule.expression },
              id: `${registered.id}@${instant.toISOString()}`,
              ts: t,
            },
            undefined,
          );
        }
      }
    }
    this.#lastSlot = slot;
  }

  /** Starts every function the events trigger, without waiting for them, and returns the event ids. */
  async send(events: readonly OutgoingEvent[]): Promise<{ ids: string[] }> {
    const ids: string[] = [];
    for (const outgoing of events) {
      const event: LocalEvent = {
        name: outgoing.name,
        data: outgoing.data ?? {},
        id: outgoing.id ?? randomUUID(),
        ts: outgoing.ts ?? this.#now().getTime(),
        ...(outgoing.v === undefined ? {} : { v: outgoing.v }),
      };
      ids.push(event.id);
      // As on Inngest, an event id seen before triggers nothing: senders use ids to deduplicate.
      if (this.#seenEventIds.has(event.id)) continue;
      this.#rememberEventId(event.id);
      for (const registered of this.#functions) {
        const trigger = registered.events.find((t) => triggerMatches(t, event.name));
        if (trigger) await this.#start(registered, event, trigger);
      }
    }
    return { ids };
  }

  /**
   * Runs one function now, as "Invoke" does on an Inngest server, and resolves with its finished run once it
   * and every run it started (its fan-out) have ended. A function with an event trigger gets that event with
   * `data`; a cron-only function gets a scheduled timer event for the current minute.
   */
  async invoke(functionId: string, data: Record<string, unknown> = {}): Promise<RunRecord> {
    const registered = this.#functions.find((f) => f.id === functionId);
    if (!registered) throw new Error(`No function "${functionId}"`);
    const trigger = registered.events.find((t) => !t.event.endsWith("*"));
    const event: LocalEvent = {
      name: trigger?.event ?? "inngest/scheduled.timer",
      data: trigger ? data : { cron: registered.crons[0]?.expression, ...data },
      id: randomUUID(),
      ts: this.#now().getTime(),
    };
    const runId = randomUUID();
    const run = this.#run(registered, event, trigger, { runId, steps: {} });
    // #run records the run before its first await; taken now, before a large fan-out pushes it out of history.
    const record = this.#history.find((r) => r.runId === runId)!;
    this.#track(run);
    await this.idle();
    return record;
  }

  /** Resolves once no run is in progress, including runs started by runs. */
  async idle(): Promise<void> {
    while (this.#inflight.size > 0) await Promise.allSettled([...this.#inflight]);
  }

  /** The most recent runs, newest last. */
  history(): readonly RunRecord[] {
    return this.#history;
  }

  #rememberEventId(id: string): void {
    this.#seenEventIds.add(id);
    if (this.#seenEventIds.size > REMEMBERED_EVENT_IDS) {
      const oldest = this.#seenEventIds.values().next().value;
      if (oldest !== undefined) this.#seenEventIds.delete(oldest);
    }
  }

  #track(run: Promise<void>): void {
    const tracked = run.catch((error: unknown) => this.#log.error("jobs: local scheduler failure", error));
    this.#inflight.add(tracked);
    void tracked.finally(() => this.#inflight.delete(tracked));
  }

  /**
   * A new run: recorded in the store first (so a crash from here on leaves it to resume), then executed — and
   * tracked at once, so `idle()` waits for it. Resolves once the run is stored.
   */
  #start(registered: Registered, event: LocalEvent, trigger: EventTrigger | undefined): Promise<void> {
    const runId = randomUUID();
    const stored = (this.#store?.add({ runId, functionId: registered.id, event }) ?? Promise.resolve()).catch(
      (error: unknown) =>
        this.#log.warn(`jobs: ${registered.id} run ${runId} is not stored, a crash would lose it: ${message(error)}`),
    );
    // A stopping process leaves the stored run to the next one.
    this.#track(
      stored.then(() => (this.#draining ? undefined : this.#run(registered, event, trigger, { runId, steps: {} }))),
    );
    return stored;
  }

  async #run(
    registered: Registered,
    event: LocalEvent,
    trigger: EventTrigger | undefined,
    stored: Pick<StoredRun, "runId" | "steps"> & { functionId?: string },
  ): Promise<void> {
    const record: RunRecord = {
      runId: stored.runId,
      functionId: registered.id,
      event,
      status: "queued",
      executions: 0,
      resumed: stored.functionId !== undefined,
      startedAt: this.#now(),
    };
    this.#history.push(record);
    if (this.#history.length > HISTORY_LIMIT) this.#history.shift();

    const result = await this.#runToCompletion(registered, event, record, trigger, stored.steps);
    if (result.kind === "left") return;
    record.finishedAt = this.#now();
    if (result.kind === "succeeded") {
      record.status = "succeeded";
      record.output = result.output;
      await this.#finish(record, { status: "succeeded" });
      return;
    }
    record.status = "failed";
    record.error = message(result.error);
    await this.#finish(record, { status: "failed", error: record.error });
    this.#log.error(
      `jobs: ${registered.id} failed for ${event.name} (run ${record.runId}) after ${record.executions} execution(s)`,
      result.error,
    );
    await this.#runFailureHandler(registered, event, record, result.error);
  }

  async #finish(record: RunRecord, outcome: Parameters<RunStore["finish"]>[1]): Promise<void> {
    try {
      await this.#store?.finish(record.runId, outcome);
    } catch (error) {
      this.#log.warn(`jobs: ${record.functionId} run ${record.runId} ended but is not marked so: ${message(error)}`);
    }
  }

  async #runToCompletion(
    registered: Registered,
    event: LocalEvent,
    record: RunRecord,
    trigger: EventTrigger | undefined,
    steps: StoredRun["steps"],
  ): Promise<Exclude<ExecutionResult, { kind: "retry" }>> {
    if (trigger?.schema) {
      const check = await trigger.schema["~standard"].validate(event.data);
      if (check.issues) {
        const issues = check.issues.map((i) => `${i.path?.join(".") || "data"}: ${i.message}`).join(", ");
        return { kind: "failed", error: new NonRetriableError(`Event ${event.name} failed validation: ${issues}`) };
      }
    }
    const maxAttempts = (registered.fn.opts.retries ?? DEFAULT_RETRIES) + 1;
    const state: RunState = {
      memo: new Map(Object.entries(steps).map(([key, step]) => [key, restoreStep(key, step)])),
      failures: new Map(),
      persist: this.#store && ((key, step) => this.#store!.saveStep(record.runId, key, step)),
    };
    let attempt = 0;
    for (;;) {
      const lease = registered.slots && new ExecutionLease(registered.slots);
      await lease?.start();
      if (this.#draining) {
        lease?.close();
        return this.#leftWaiting(record);
      }
      record.status = "running";
      record.executions += 1;
      let result: ExecutionResult;
      try {
        result = await this.#execute(registered, event, record.runId, state, attempt, maxAttempts, lease);
      } finally {
        lease?.close();
      }
      if (result.kind !== "retry") return result;
      const failures = state.failures.get(result.key) ?? 1;
      const delay = this.#retryDelay(result.error, failures);
      const where = result.key === FUNCTION_KEY ? "" : ` in step "${result.key}"`;
      this.#log.warn(
        `jobs: ${registered.id} failed${where} (attempt ${failures} of ${maxAttempts}), retrying in ${delay} ms: ${message(result.error)}`,
      );
      await this.#wait(delay);
      attempt = failures;
    }
  }

  async #execute(
    registered: Registered,
    event: LocalEvent,
    runId: string,
    state: RunState,
    attempt: number,
    maxAttempts: number,
    lease: ExecutionLease | undefined,
  ): Promise<ExecutionResult> {
    let interrupt!: (interrupt: StepInterrupt) => void;
    const interrupted = new Promise<StepInterrupt>((resolve) => (interrupt = resolve));
    const step = createLocalStepTools({
      functionId: registered.id,
      state,
      maxAttempts,
      interrupt,
      sendEvent: (events) => this.send(events as OutgoingEvent[]),
      // A sleeping execution holds no concurrency slot, as on Inngest.
      pause: (ms, what) => {
        const pause = () => this.#pause(ms, `${registered.id} ${what}`);
        return lease ? lease.sleep(pause) : pause();
      },
      now: this.#now,
    });
    const ctx = this.#context(registered, event, runId, step.tools, { attempt, maxAttempts });
    try {
      return await Promise.race([
        Promise.resolve()
          .then(() => registered.handler(ctx))
          .then((output): ExecutionResult => ({ kind: "succeeded", output: output === undefined ? null : output })),
        interrupted.then((i): ExecutionResult => ({ kind: "retry", ...i })),
      ]);
    } catch (error) {
      // An exhausted step the handler did not catch, or a deliberate NonRetriableError, ends the run.
      if (error instanceof StepError || error instanceof NonRetriableError) return { kind: "failed", error };
      const failures = (state.failures.get(FUNCTION_KEY) ?? 0) + 1;
      state.failures.set(FUNCTION_KEY, failures);
      return failures < maxAttempts ? { kind: "retry", key: FUNCTION_KEY, error } : { kind: "failed", error };
    } finally {
      step.close();
    }
  }

  #context(
    registered: Registered,
    event: LocalEvent,
    runId: string,
    step: Record<string, unknown>,
    extra: Record<string, unknown>,
  ): Parameters<Handler.Any>[0] {
    const prefix = `jobs: ${registered.id} (run ${runId}):`;
    const logger = {
      info: (...args: unknown[]) => this.#log.info(prefix, ...args),
      warn: (...args: unknown[]) => this.#log.warn(prefix, ...args),
      error: (...args: unknown[]) => this.#log.error(prefix, ...args),
      debug: () => {},
    };
    const group = withUnsupported({}, "group", registered.id);
    const defer = () => {
      throw new Error(`defer is not supported by the local scheduler (in ${registered.id})`);
    };
    // The SDK's context type carries middleware-specific extensions; this object provides the documented core.
    return {
      event,
      events: [event],
      runId,
      step,
      logger,
      group,
      defer,
      ...extra,
    } as unknown as Parameters<Handler.Any>[0];
  }

  async #runFailureHandler(
    registered: Registered,
    event: LocalEvent,
    record: RunRecord,
    error: unknown,
  ): Promise<void> {
    const onFailure: unknown = registered.fn.opts.onFailure;
    if (typeof onFailure !== "function") return;
    const failure: LocalEvent = {
      name: "inngest/function.failed",
      data: { function_id: registered.id, run_id: record.runId, error: serializeError(error), event },
      id: randomUUID(),
      ts: this.#now().getTime(),
    };
    const state: RunState = { memo: new Map(), failures: new Map() };
    const step = createLocalStepTools({
      functionId: registered.id,
      state,
      maxAttempts: 1,
      interrupt: () => {},
      sendEvent: (events) => this.send(events as OutgoingEvent[]),
      pause: (ms, what) => this.#pause(ms, `${registered.id} onFailure ${what}`),
      now: this.#now,
    });
    const ctx = this.#context(registered, failure, record.runId, step.tools, { attempt: 0, maxAttempts: 1, error });
    try {
      await (onFailure as Handler.Any)(ctx);
    } catch (failureError) {
      this.#log.error(`jobs: ${registered.id} onFailure handler failed`, failureError);
    } finally {
      step.close();
    }
  }

  /** A run the draining process will not execute again: it is settled as far as `idle()` is concerned. */
  #leftWaiting(record: RunRecord): Exclude<ExecutionResult, { kind: "retry" }> {
    this.#log.warn(`jobs: ${record.functionId} run ${record.runId} left unfinished: the process is stopping`);
    return { kind: "left" };
  }

  #retryDelay(error: unknown, failures: number): number {
    if (error instanceof RetryAfterError) {
      const seconds = Number(error.retryAfter);
      const ms = Number.isFinite(seconds)
        ? seconds * 1000
        : new Date(error.retryAfter).getTime() - this.#now().getTime();
      return Math.min(Math.max(0, ms), this.#maxSleepMs);
    }
    return this.#retryDelayMs(failures);
  }

  async #pause(ms: number, what: string): Promise<void> {
    if (ms > this.#maxSleepMs) {
      this.#log.info(`jobs: ${what} sleeps ${ms} ms; the local scheduler shortens it to ${this.#maxSleepMs} ms`);
    }
    await this.#wait(Math.min(ms, this.#maxSleepMs));
  }
}
