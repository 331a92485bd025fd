import "server-only";
import { createServerClient } from "@supabase/ssr";
import { NextResponse, type NextRequest } from "next/server";
import { userClaims, type UserClaims } from "../auth/user-claims";
import { env } from "../env";

/**
 * Refreshes the Supabase session for one incoming request (the documented @supabase/ssr proxy pattern):
 * `getClaims()` refreshes an expiring access token and verifies it against the project's JWKS; refreshed
 * cookies are written both to the request (so the page rendered next sees them) and to the response (so
 * the browser keeps them). Returns the verified claims of a user, or null for an anonymous visitor (a project
 * key in the session cookie included).
 */
export async function refreshSession(
  request: NextRequest,
): Promise<{ response: NextResponse; claims: UserClaims | null }> {
  let response = NextResponse.next({ request });
  const { SUPABASE_URL, SUPABASE_ANON_KEY } = env();
  const supabase = createServerClient(SUPABASE_URL, SUPABASE_ANON_KEY, {
    cookies: {
      getAll: () => request.cookies.getAll(),
      setAll(cookiesToSet, headers) {
        for (const { name, value } of cookiesToSet) request.cookies.set(name, value);
        response = NextResponse.next({ request });
        for (const { name, value, options } of cookiesToSet) response.cookies.set(name, value, options);
        // No cache may store a response that carries someone's session.
        for (const [key, value] of Object.entries(headers)) response.headers.set(key, value);
      },
    },
  });
  const { data } = await supabase.auth.getClaims();
  return { response, claims: userClaims(data?.claims) };
}

/** A redirect that still delivers the cookies a refresh may have produced. */
export function redirectKeepingCookies(from: NextResponse, to: URL): NextResponse {
  const redirect = NextResponse.redirect(to);
  for (const cookie of from.cookies.getAll()) redirect.cookies.set(cookie);
  const cacheControl = from.headers.get("cache-control");
  if (cacheControl) redirect.headers.set("cache-control", cacheControl);
  return redirect;
}
