import { randomUUID } from "node:crypto";
import { insertRefreshToken } from "../sessions.ts";
import type { Db } from "../user-store.ts";
import type { FactorRow } from "./factor-store.ts";

/**
 * After a verified second factor (GoTrue's updateMFASessionAndClaims): the session records the method in its
 * `amr` and becomes aal2, its refresh token rotates, the user's other aal1 sessions end and unverified
 * factors of the same type are dropped. Runs in the caller's transaction so nothing half-happens; returns
 * the session's new refresh token.
 */
export async function upgradeSessionToAal2(
  tx: Db,
  userId: string,
  sessionId: string,
  factor: FactorRow,
): Promise<string> {
  await tx`
    insert into auth.mfa_amr_claims (session_id, created_at, updated_at, authentication_method, id)
    values (${sessionId}, now(), now(), ${factor.factor_type}, ${randomUUID()})
    on conflict (session_id, authentication_method) do update set updated_at = now()`;
  await tx`update auth.sessions set aal = 'aal2', factor_id = ${factor.id}, updated_at = now() where id = ${sessionId}`;
  const [current] = await tx<{ token: string }[]>`
    update auth.refresh_tokens set revoked = true, updated_at = now()
    where id = (select id from auth.refresh_tokens where session_id = ${sessionId} and revoked = false
                order by id desc limit 1)
    returning token`;
  const refreshToken = await insertRefreshToken(tx, userId, sessionId, current?.token ?? null);
  await tx`delete from auth.sessions where user_id = ${userId} and id <> ${sessionId} and aal < 'aal2'`;
  await tx`
    delete from auth.mfa_factors
    where user_id = ${userId} and factor_type = ${factor.factor_type} and status = 'unverified'`;
  return refreshToken;
}
