import type { TestStack } from "./stack.ts";

/**
 * Points the app's settings at a test stack. `src/env.ts` reads them once, so call this before the first
 * dynamic import of an app module.
 */
export function pointAppAt(stack: TestStack): void {
  Object.assign(process.env, {
    SUPABASE_URL: stack.apiUrl,
    SUPABASE_ANON_KEY: stack.anonKey,
    SUPABASE_SERVICE_ROLE_KEY: stack.serviceRoleKey,
    DATABASE_URL: stack.dbUrl,
  });
}
