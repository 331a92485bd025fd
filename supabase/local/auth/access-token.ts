import { SignJWT } from "jose";
import type { AuthEnv } from "./env.ts";
import { AAL2_METHODS } from "./mfa/factor-store.ts";
import type { UserRow } from "./users.ts";

export interface AmrEntry {
  method: string;
  timestamp: number;
}

export interface SignedAccessToken {
  token: string;
  /** Unix seconds. */
  expiresAt: number;
}

/** A user access token with exactly the claims GoTrue puts in it, signed ES256 with the published `kid`. */
export async function signAccessToken(
  env: AuthEnv,
  user: UserRow,
  sessionId: string,
  amr: AmrEntry[],
): Promise<SignedAccessToken> {
  const issuedAt = Math.floor(Date.now() / 1000);
  const expiresAt = issuedAt + env.config.jwt_expiry;
  const token = await new SignJWT({
    aud: user.aud || "authenticated",
    exp: expiresAt,
    iat: issuedAt,
    iss: env.keys.issuer,
    sub: user.id,
    email: user.email ?? "",
    phone: user.phone ?? "",
    app_metadata: user.raw_app_meta_data ?? {},
    user_metadata: user.raw_user_meta_data ?? {},
    role: user.role || "authenticated",
    // A session that passed a second factor is aal2 for as long as it lasts (refreshes included).
    aal: amr.some((entry) => AAL2_METHODS.has(entry.method)) ? "aal2" : "aal1",
    amr,
    session_id: sessionId,
    is_anonymous: user.is_anonymous,
  })
    .setProtectedHeader({ alg: "ES256", kid: env.keys.kid, typ: "JWT" })
    .sign(env.keys.privateKey);
  return { token, expiresAt };
}
