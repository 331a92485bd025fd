import postgres from "npm:postgres@3.4.9";
import { keyringFromEnv } from "../_shared/openai-key-box.ts";
import { openAiClient, planClientFromEnv, providerFromEnv } from "./embedding-provider.ts";
import { handleEmbed } from "./handler.ts";
import { orgProviders } from "./org-providers.ts";
import { postgresStore, recordAiUsage, storedOpenaiKey } from "./postgres-store.ts";
import type { CallUsage } from "./process-batch.ts";

const env = (name: string) => Deno.env.get(name);
const provider = providerFromEnv(env);
if (provider.notice) console.warn(`[embed] ${provider.notice}`);
// Organizations' own OpenAI keys are opened with the app's keyring (ARCO_ENCRYPTION_KEYS, or the key derived
// from SUPABASE_SERVICE_ROLE_KEY as the app derives it).
const keyring = await keyringFromEnv(env);

// One small pool per worker; prepare: false for Supabase's transaction-mode pooler.
let sql: ReturnType<typeof postgres> | undefined;
const db = () => (sql ??= postgres(env("SUPABASE_DB_URL")!, { max: 2, prepare: false, onnotice: () => {} }));
const store = () => postgresStore(db());
const providerFor = orgProviders({
  planClient: planClientFromEnv(env),
  keyring,
  storedKey: (orgId) => storedOpenaiKey(db(), orgId),
  clientFor: (apiKey) => openAiClient(env, apiKey),
  log: console.warn,
});
const recordUsage = (usage: CallUsage) => recordAiUsage(db(), usage);

Deno.serve((request) => handleEmbed(request, { provider, providerFor, store, recordUsage }));
