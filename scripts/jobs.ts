// `npm run jobs -- list` and `npm run jobs -- run <function-id> [--data '<json>']`: the local stand-in for
// "Invoke" on an Inngest dev server. Runs one function now in this process against the running local stack
// (or whatever DATABASE_URL and SUPABASE_URL point at), waits for it and for the runs it fans out to, prints
// the result and exits non-zero when any of them failed.
import { parseArgs } from "node:util";
import { defaultDataDir } from "../supabase/local/paths.ts";
import { stackEnv } from "../supabase/local/stack-env.ts";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { data: { type: "string" } },
});
const [command, functionId] = positionals;

// Settings already in the environment win, so the script can target another stack.
for (const [key, value] of Object.entries(await stackEnv(defaultDataDir))) process.env[key] ??= value;

const { functions } = await import("../inngest/functions/index.ts");
const { LocalScheduler } = await import("../src/jobs/local-scheduler.ts");
const { functionTriggers } = await import("../src/jobs/function-triggers.ts");

function usage(): never {
  console.error("usage: npm run jobs -- list | run <function-id> [--data '<json>']");
  process.exit(2);
}

if (command === "list") {
  for (const fn of functions) {
    const triggers = functionTriggers(fn);
    const when = [...triggers.crons.map((c) => `cron ${c}`), ...triggers.events.map((e) => `event ${e.event}`)];
    console.log(`${fn.id().padEnd(28)} ${when.join(", ")}`);
  }
  process.exit(0);
}
if (command !== "run" || !functionId) usage();

let data: Record<string, unknown> = {};
if (values.data !== undefined) {
  const parsed: unknown = JSON.parse(values.data);
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) usage();
  data = parsed as Record<string, unknown>;
}

const scheduler = new LocalScheduler({ functions, retryDelayMs: () => 1_000 });
if (!functions.some((fn) => fn.id() === functionId)) {
  console.error(`No function "${functionId}"; \`npm run jobs -- list\` shows them.`);
  process.exit(2);
}
const run = await scheduler.invoke(functionId, data);
const failed = scheduler.history().filter((r) => r.status === "failed");
console.log(JSON.stringify({ status: run.status, output: run.output, error: run.error }, null, 2));
for (const child of failed.filter((r) => r !== run)) console.error(`${child.functionId} failed: ${child.error}`);

const { connection } = await import("../src/db/connection.ts");
await connection().end({ timeout: 5 });
process.exit(failed.length > 0 ? 1 : 0);
