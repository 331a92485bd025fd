import "server-only";
import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import { env } from "../env";
import { database, type Database } from "./client";

/**
 * The service clients: the one database client that bypasses row-level security and the one Supabase client
 * holding the service-role key. Only jobs (inngest/) and webhooks may use them; request handlers acting for a
 * user go through `withUser` (or `withAnon`) instead.
 */
export function serviceDb(): Database {
  return database();
}

let supabase: SupabaseClient | undefined;

/** Supabase's APIs (Storage, Auth admin) with the service-role key; no session is kept or refreshed. */
export function serviceSupabase(): SupabaseClient {
  const { SUPABASE_URL, SUPABASE_SERVICE_ROLE_KEY } = env();
  supabase ??= createClient(SUPABASE_URL, SUPABASE_SERVICE_ROLE_KEY, {
    auth: { persistSession: false, autoRefreshToken: false },
  });
  return supabase;
}
