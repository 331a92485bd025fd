import "server-only";
import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import { env } from "../env";
import { database, type Database } from "./client";

/**
 * The one client that bypasses row-level security. Only jobs (inngest/) and webhooks may use it; request
 * handlers acting for a user go through `withUser` instead.
 */
export function serviceDb(): Database {
  return database();
}

let supabase: SupabaseClient | undefined;

/**
 * supabase-js with the service-role key, for what only the Supabase APIs do (Storage uploads). The same rule
 * as `serviceDb()`: jobs and webhooks only. No session is kept: the key is the identity.
 */
export function serviceSupabase(): SupabaseClient {
  supabase ??= createClient(env().SUPABASE_URL, env().SUPABASE_SERVICE_ROLE_KEY, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  });
  return supabase;
}
