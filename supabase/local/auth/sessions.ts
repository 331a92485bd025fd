import { randomUUID } from "node:crypto";
import { isIP } from "node:net";
import { signAccessToken, type AmrEntry } from "./access-token.ts";
import type { AuthEnv, ClientInfo } from "./env.ts";
import { randomRefreshToken } from "./tokens.ts";
import { findUserById, userJson, type Db } from "./user-store.ts";
import type { Json, UserRow } from "./users.ts";

/** GoTrue's token response (the `Session` of auth-js). */
export interface SessionBody {
  access_token: string;
  token_type: "bearer";
  expires_in: number;
  expires_at: number;
  refresh_token: string;
  user: Json;
  weak_password?: { message: string; reasons: string[] };
}

async function amrOf(db: Db, sessionId: string): Promise<AmrEntry[]> {
  // GoTrue stamps each method with the claim's updated_at (a repeated second factor renews it), newest first.
  const rows = await db<{ authentication_method: string; updated_at: Date }[]>`
    select authentication_method, updated_at from auth.mfa_amr_claims
    where session_id = ${sessionId} order by updated_at desc`;
  return rows.map((row) => ({
    method: row.authentication_method,
    timestamp: Math.floor(row.updated_at.getTime() / 1000),
  }));
}

/** Inserts a fresh refresh token of a session; `parent` links rotations for reuse detection. */
export async function insertRefreshToken(
  db: Db,
  userId: string,
  sessionId: string,
  parent: string | null,
): Promise<string> {
  const token = randomRefreshToken();
  await db`
    insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at, parent, session_id)
    values ('00000000-0000-0000-0000-000000000000', ${token}, ${userId}, false, now(), now(), ${parent}, ${sessionId})`;
  return token;
}

/** The token response for an existing session: a new access token around the given refresh token. */
export async function sessionBody(
  env: AuthEnv,
  user: UserRow,
  sessionId: string,
  refreshToken: string,
): Promise<SessionBody> {
  const access = await signAccessToken(env, user, sessionId, await amrOf(env.sql, sessionId));
  return {
    access_token: access.token,
    token_type: "bearer",
    expires_in: env.config.jwt_expiry,
    expires_at: access.expiresAt,
    refresh_token: refreshToken,
    user: await userJson(env.sql, user),
  };
}

/**
 * Signs the user in: a new session recording how they authenticated (`amr`), its first refresh token,
 * and `last_sign_in_at`. `method` is GoTrue's authentication method name (password, otp, oauth, …).
 */
export async function startSession(
  env: AuthEnv,
  userId: string,
  method: string,
  client: ClientInfo,
): Promise<SessionBody> {
  const sessionId = randomUUID();
  const ip = isIP(client.ip) ? client.ip : null;
  const refreshToken = await env.sql.begin(async (tx) => {
    await tx`
      insert into auth.sessions (id, user_id, created_at, updated_at, aal, user_agent, ip)
      values (${sessionId}, ${userId}, now(), now(), 'aal1', ${client.userAgent}, ${ip})`;
    await tx`
      insert into auth.mfa_amr_claims (session_id, created_at, updated_at, authentication_method, id)
      values (${sessionId}, now(), now(), ${method}, ${randomUUID()})`;
    await tx`update auth.users set last_sign_in_at = now(), updated_at = now() where id = ${userId}`;
    return insertRefreshToken(tx, userId, sessionId, null);
  });
  const user = await findUserById(env.sql, userId);
  if (!user) throw new Error(`user ${userId} vanished while signing in`);
  return sessionBody(env, user, sessionId, refreshToken);
}

/** The session as the URL fragment of an implicit-flow redirect. */
export function implicitFlowParams(session: SessionBody): Record<string, string> {
  return {
    access_token: session.access_token,
    expires_at: String(session.expires_at),
    expires_in: String(session.expires_in),
    refresh_token: session.refresh_token,
    token_type: session.token_type,
  };
}
