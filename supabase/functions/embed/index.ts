import postgres from "npm:postgres@3.4.9";
import { providerFromEnv } from "./embedding-provider.ts";
import { handleEmbed } from "./handler.ts";
import { postgresStore } from "./postgres-store.ts";

const env = (name: string) => Deno.env.get(name);
const provider = providerFromEnv(env);
if (provider.notice) console.warn(`[embed] ${provider.notice}`);

// One small pool per worker; prepare: false for Supabase's transaction-mode pooler.
let sql: ReturnType<typeof postgres> | undefined;
const store = () => {
  sql ??= postgres(env("SUPABASE_DB_URL")!, { max: 2, prepare: false, onnotice: () => {} });
  return postgresStore(sql);
};

Deno.serve((request) => handleEmbed(request, { provider, store }));
