import "server-only";
import { createServerClient } from "@supabase/ssr";
import { cookies } from "next/headers";
import { env } from "../env";

/**
 * A Supabase client bound to this request's auth cookies. Create one per request, never share it. In
 * server components cookies are read-only, so a token refresh cannot be saved there; the proxy refreshes
 * the session before any page renders, which is why that write may be skipped.
 */
export async function createSupabaseServerClient() {
  const cookieStore = await cookies();
  const { SUPABASE_URL, SUPABASE_ANON_KEY } = env();
  return createServerClient(SUPABASE_URL, SUPABASE_ANON_KEY, {
    cookies: {
      getAll: () => cookieStore.getAll(),
      setAll(cookiesToSet) {
        try {
          for (const { name, value, options } of cookiesToSet) cookieStore.set(name, value, options);
        } catch {
          // Rendering a server component: cookies cannot be written here, and the proxy already did.
        }
      },
    },
  });
}
