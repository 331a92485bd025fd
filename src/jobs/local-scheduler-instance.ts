import "server-only";
import { functions } from "@/inngest/functions";
import { LocalScheduler } from "./local-scheduler";
import { postgresRunStore } from "./postgres-run-store";

// Next bundles instrumentation and route handlers separately, so a module-level variable would give each
// bundle its own scheduler; the process-wide symbol makes them share one.
const KEY = Symbol.for("arco.jobs.local-scheduler");
const holder = globalThis as { [KEY]?: LocalScheduler };

/** The process's scheduler, created on first use with every function; its runs outlive the process in Postgres. */
export function localScheduler(): LocalScheduler {
  holder[KEY] ??= new LocalScheduler({ functions, store: postgresRunStore() });
  return holder[KEY];
}
