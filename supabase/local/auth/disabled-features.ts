import type { AuthEnv, AuthRequest } from "./env.ts";
import { AuthError, notFound } from "./errors.ts";
import { requireAdmin } from "./require-admin.ts";

/**
 * Features Arco does not use and the local stack leaves off, answered as GoTrue answers them when their switch
 * is off (its requirePasskeyEnabled and requireOAuthServerEnabled), so clients get the documented error
 * rather than an unknown route: passkeys (WebAuthn sign-in) and the OAuth 2.1 server (Supabase Auth as an
 * identity provider for other apps).
 */
export async function disabledFeatureError(
  env: AuthEnv,
  request: AuthRequest,
  path: string,
): Promise<AuthError | null> {
  if (path === "/passkeys" || path.startsWith("/passkeys/")) {
    return notFound("passkey_disabled", "Passkeys are disabled");
  }
  if (/^\/admin\/users\/[^/]+\/passkeys(\/|$)/.test(path)) {
    await requireAdmin(env, request);
    return notFound("passkey_disabled", "Passkeys are disabled");
  }
  if (path.startsWith("/admin/oauth/") || path === "/admin/oauth") {
    await requireAdmin(env, request);
    return notFound("feature_disabled", "OAuth server is disabled");
  }
  if (
    path.startsWith("/oauth/") ||
    path.startsWith("/user/oauth/") ||
    path === "/.well-known/oauth-authorization-server"
  ) {
    return notFound("feature_disabled", "OAuth server is disabled");
  }
  return null;
}
