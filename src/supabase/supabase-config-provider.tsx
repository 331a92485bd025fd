"use client";

import { createContext, useCallback, useContext, type ReactNode } from "react";
import type { SupabasePublicConfig } from "./browser-client";

const SupabaseConfigContext = createContext<SupabasePublicConfig | null>(null);

export function SupabaseConfigProvider({ config, children }: { config: SupabasePublicConfig; children: ReactNode }) {
  return <SupabaseConfigContext value={config}>{children}</SupabaseConfigContext>;
}

/**
 * Returns a getter rather than a client so the client (and its token auto-refresh) only starts when a
 * component actually needs it, not on every page that happens to render this hook. The getter loads
 * supabase-js on first use: this provider is in the root layout, and the library would otherwise weigh on
 * every page's first load, the funnel's included.
 */
export function useSupabaseBrowserClient() {
  const config = useContext(SupabaseConfigContext);
  if (!config) throw new Error("useSupabaseBrowserClient must be used inside <SupabaseConfigProvider>");
  return useCallback(async () => (await import("./browser-client")).createSupabaseBrowserClient(config), [config]);
}

/** The project's URL and public (anon) key, for browser code that talks to Supabase's HTTP APIs directly. */
export function useSupabasePublicConfig(): SupabasePublicConfig {
  const config = useContext(SupabaseConfigContext);
  if (!config) throw new Error("useSupabasePublicConfig must be used inside <SupabaseConfigProvider>");
  return config;
}
