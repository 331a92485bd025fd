import { createBrowserClient } from "@supabase/ssr";

/**
 * The project a browser talks to. It is handed over by the server at runtime (not inlined at build time),
 * so one build can run against any Supabase project.
 */
export interface SupabasePublicConfig {
  url: string;
  anonKey: string;
}

/** The browser's Supabase client; @supabase/ssr keeps one instance per page and stores the session in cookies. */
export function createSupabaseBrowserClient(config: SupabasePublicConfig) {
  return createBrowserClient(config.url, config.anonKey);
}
