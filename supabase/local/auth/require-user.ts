import { bearerToken, verifyJwt, type AccessClaims } from "../jwt.ts";
import type { AuthEnv, AuthRequest } from "./env.ts";
import { AuthError, forbidden } from "./errors.ts";
import { findUserById } from "./user-store.ts";
import type { UserRow } from "./users.ts";
import { isUuid } from "./uuid.ts";

export interface Caller {
  user: UserRow;
  claims: AccessClaims;
  sessionId: string | null;
}

export const noAuthorization = () =>
  new AuthError(401, "no_authorization", "This endpoint requires a valid Bearer token");

/** The verified claims of the request's bearer token (401 without one, 403 when it does not verify). */
export async function requireClaims(env: AuthEnv, request: AuthRequest): Promise<AccessClaims> {
  const token = bearerToken(request.req);
  if (!token) throw noAuthorization();
  const claims = await verifyJwt(env.keys, token);
  if (!claims)
    throw forbidden("bad_jwt", "invalid JWT: unable to parse or verify signature, token is invalid or expired");
  return claims;
}

/**
 * GoTrue's requireAuthentication for user routes: a valid user access token whose user and session
 * still exist. A missing session is `session_not_found`, which auth-js treats as "signed out".
 */
export async function requireUser(env: AuthEnv, request: AuthRequest): Promise<Caller> {
  const claims = await requireClaims(env, request);
  if (!claims.sub || !isUuid(claims.sub)) throw forbidden("bad_jwt", "invalid claim: missing sub claim");
  const user = await findUserById(env.sql, claims.sub);
  if (!user) throw forbidden("user_not_found", "User from sub claim in JWT does not exist");
  const sessionId = claims.session_id ?? null;
  if (sessionId) {
    const [session] = await env.sql`select 1 from auth.sessions where id = ${sessionId}`;
    if (!session) throw forbidden("session_not_found", "Session from session_id claim in JWT does not exist");
  }
  return { user, claims, sessionId };
}
