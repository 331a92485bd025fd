import { defineConfig } from "drizzle-kit";
import { envSchema } from "./src/env-schema";
import { loadConfig } from "./supabase/local/config";

/**
 * Drizzle Kit against Arco's database: `npx drizzle-kit check | pull | studio`. The SQL files in
 * supabase/migrations are the source of truth (deployed with `supabase db push`); `src/db/schema` mirrors them
 * by hand and a test proves the two agree, so `generate`/`push`/`migrate` are not part of the workflow. What
 * `pull` introspects lands in the git-ignored .arco/drizzle, to diff against src/db/schema — never among the
 * migrations, where the stack would apply it.
 *
 * A tool's configuration, not the app: it reads DATABASE_URL itself, validated by the app's schema, and falls
 * back to the local stack.
 */
const { DATABASE_URL } = envSchema.pick({ DATABASE_URL: true }).parse({
  DATABASE_URL: process.env.DATABASE_URL || `postgresql://postgres:postgres@127.0.0.1:${loadConfig().db.port}/postgres`,
});

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema",
  out: "./.arco/drizzle",
  dbCredentials: { url: DATABASE_URL },
  // Only Arco's tables: auth, storage and the platform's own schemas and roles belong to Supabase.
  schemaFilter: ["public"],
  entities: { roles: { provider: "supabase" } },
  strict: true,
  verbose: true,
});
