import type { NextRequest } from "next/server";
import { isProtectedPath, signInPathFor } from "@/src/auth/protected-paths";
import { redirectKeepingCookies, refreshSession } from "@/src/supabase/proxy-session";
import { lastOrganizationCookie, organizationInPath } from "@/src/workspace/last-organization";

/**
 * Runs before every page: keeps the Supabase session cookies fresh, sends anonymous visitors of the client
 * dashboard and the agency area to sign in (coming back afterwards), and remembers the organization last
 * opened for `/app`. This is only the first gate:
 * pages verify the user again themselves, and RLS decides what data they see.
 */
export async function proxy(request: NextRequest) {
  const { response, claims } = await refreshSession(request);
  const { pathname, search } = request.nextUrl;
  if (!claims && isProtectedPath(pathname)) {
    return redirectKeepingCookies(response, new URL(signInPathFor(`${pathname}${search}`), request.url));
  }
  const organization = claims ? organizationInPath(pathname) : null;
  if (organization && request.cookies.get(lastOrganizationCookie)?.value !== organization) {
    response.cookies.set(lastOrganizationCookie, organization, {
      path: "/app",
      httpOnly: true,
      sameSite: "lax",
      maxAge: 60 * 60 * 24 * 365,
    });
  }
  return response;
}

export const config = {
  // Static assets, images, the Inngest endpoint and the public API (API keys) never carry a user session.
  matcher: [
    "/((?!_next/static|_next/image|api/inngest|api/v1|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|woff2?)$).*)",
  ],
};
