import { isIP } from "node:net";
import { z } from "zod";
import { clientInfo, type AuthEnv, type AuthRequest } from "../env.ts";
import { AuthError, badRequest, OAuthError } from "../errors.ts";
import { json, readJson } from "../http.ts";
import { insertRefreshToken, sessionBody } from "../sessions.ts";
import { findUserById, type Db } from "../user-store.ts";
import { isBanned, type UserRow } from "../users.ts";

const refreshBody = z.object({ refresh_token: z.string().nullish() });

interface RefreshTokenRow {
  token: string;
  user_id: string;
  revoked: boolean | null;
  updated_at: Date;
  parent: string | null;
  session_id: string | null;
}

type Rotation = { ok: true; user: UserRow; sessionId: string; refreshToken: string } | { ok: false; error: AuthError };

const notFound = () => badRequest("refresh_token_not_found", "Invalid Refresh Token: Refresh Token Not Found");

type ReuseVerdict = { kind: "active"; token: string } | { kind: "child" } | { kind: "reuse" };

/**
 * Decides what a revoked token may still get. Its session's active token, when the revoked one is that
 * token's parent (the client lost the previous answer). A new child, when it was rotated less than the reuse
 * interval ago (concurrent refreshes). Anything else is reuse: the caller revokes the whole family.
 * Tokens revoked by a family revocation have no child and so never qualify.
 */
async function reuseOfRevoked(env: AuthEnv, tx: Db, token: RefreshTokenRow, sessionId: string): Promise<ReuseVerdict> {
  const [active] = await tx<{ token: string; parent: string | null }[]>`
    select token, parent from auth.refresh_tokens
    where session_id = ${sessionId} and revoked = false order by id desc limit 1`;
  if (active && active.parent === token.token) return { kind: "active", token: active.token };
  const [child] = await tx`select 1 from auth.refresh_tokens where parent = ${token.token} limit 1`;
  const reuseUntil = token.updated_at.getTime() + env.config.refresh_token_reuse_interval * 1000;
  return child && Date.now() <= reuseUntil ? { kind: "child" } : { kind: "reuse" };
}

async function rotate(env: AuthEnv, request: AuthRequest, presented: string): Promise<Rotation> {
  const client = clientInfo(request);
  return env.sql.begin(async (tx): Promise<Rotation> => {
    const [token] = await tx<
      RefreshTokenRow[]
    >`select * from auth.refresh_tokens where token = ${presented} for update`;
    if (!token?.session_id) return { ok: false, error: notFound() };
    const sessionId = token.session_id;
    const user = await findUserById(tx, token.user_id);
    if (!user) return { ok: false, error: notFound() };
    if (isBanned(user)) return { ok: false, error: badRequest("user_banned", "Invalid Refresh Token: User Banned") };
    await tx`select id from auth.sessions where id = ${sessionId} for update`;

    let issued: string | null = null;
    if (token.revoked) {
      const verdict = await reuseOfRevoked(env, tx, token, sessionId);
      if (verdict.kind === "reuse") {
        if (env.config.enable_refresh_token_rotation) {
          await tx`update auth.refresh_tokens set revoked = true, updated_at = now()
                   where session_id = ${sessionId} and revoked = false`;
        }
        return { ok: false, error: badRequest("refresh_token_already_used", "Invalid Refresh Token: Already Used") };
      }
      if (verdict.kind === "active") issued = verdict.token;
    }
    if (!issued) {
      // A token reused inside the interval keeps its revocation time, so the interval cannot be stretched.
      await tx`update auth.refresh_tokens set revoked = true, updated_at = now()
               where token = ${presented} and revoked is not true`;
      issued = await insertRefreshToken(tx, user.id, sessionId, presented);
    }
    await tx`
      update auth.sessions
      set refreshed_at = now() at time zone 'utc', updated_at = now(),
          user_agent = ${client.userAgent}, ip = ${isIP(client.ip) ? client.ip : null}
      where id = ${sessionId}`;
    return { ok: true, user, sessionId, refreshToken: issued };
  });
}

/** `grant_type=refresh_token`: rotation with GoTrue's reuse detection. */
export async function refreshTokenGrant(env: AuthEnv, request: AuthRequest): Promise<Response> {
  const body = await readJson(request.req, refreshBody);
  if (!body.refresh_token) throw new OAuthError("invalid_request", "refresh_token required");
  // Failures are returned, not thrown, so that a family revocation commits before the error is answered.
  const rotation = await rotate(env, request, body.refresh_token);
  if (!rotation.ok) throw rotation.error;
  return json(await sessionBody(env, rotation.user, rotation.sessionId, rotation.refreshToken));
}
