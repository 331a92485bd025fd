// `npm run stack`: the local Supabase stand-in on its own, on the ports in supabase/config.toml.
import { defaultDataDir } from "./paths.ts";
import { startStack } from "./stack.ts";

const started = performance.now();
const stack = await startStack({ dataDir: defaultDataDir, log: (line) => console.log(line) });
console.log(`Local stack ready in ${((performance.now() - started) / 1000).toFixed(1)} s
  API (Auth, Storage, Functions)  ${stack.apiUrl}
  Postgres                        ${stack.dbUrl}
  Mailbox                         ${stack.apiUrl}/mailbox
  Stripe (REST /v1, pages /stripe) ${stack.apiUrl}
Print the keys with: npm run --silent stack:env`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    await stack.stop();
    process.exit(0);
  });
}
