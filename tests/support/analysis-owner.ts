// A stand-in for the app server, for tests that stop or kill it in the middle of an analysis: the local
// scheduler running the analysis job with its runs in Postgres, the start-up sweep and the graceful shutdown,
// as instrumentation.ts sets them up. Run with `node --import ./tests/support/app-module-hooks.ts`; the
// environment points it at a test stack. With an analysis id it submits that analysis; without, it only
// resumes what a previous process left. It prints "ready" once started.
import { analyzeUrl } from "@/inngest/functions/analyze-url";
import { LocalScheduler } from "@/src/jobs/local-scheduler";
import { postgresRunStore } from "@/src/jobs/postgres-run-store";
import { installGracefulShutdown, sweepAfterCrash } from "@/src/runtime/graceful-shutdown";

sweepAfterCrash();
const scheduler = new LocalScheduler({ functions: [analyzeUrl], store: postgresRunStore(), retryDelayMs: () => 200 });
installGracefulShutdown(scheduler);
const resumed = await scheduler.resume();
const analysisId = process.argv[2];
if (analysisId) await scheduler.send([{ name: "analyzer/url.submitted", data: { analysisId } }]);
console.log(`ready (resumed ${resumed})`);
// Alive until stopped, like a server.
setInterval(() => {}, 60_000);
