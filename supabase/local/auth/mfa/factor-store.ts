import type { Db } from "../user-store.ts";
import type { Json } from "../users.ts";

/** A row of auth.mfa_factors. */
export interface FactorRow {
  id: string;
  user_id: string;
  friendly_name: string | null;
  factor_type: "totp" | "webauthn" | "phone";
  status: "unverified" | "verified";
  created_at: Date;
  updated_at: Date;
  secret: string | null;
  phone: string | null;
  last_challenged_at: Date | null;
}

/** Authentication methods of a session (its `amr`) that make it aal2, as GoTrue's IsAAL2Claim. */
export const AAL2_METHODS = new Set(["totp", "mfa/phone", "mfa/webauthn"]);

/** The factor as GoTrue serialises it (in `user.factors` and the admin factor routes); never the secret. */
export function serializeFactor(factor: FactorRow): Json {
  return {
    id: factor.id,
    ...(factor.friendly_name ? { friendly_name: factor.friendly_name } : {}),
    factor_type: factor.factor_type,
    status: factor.status,
    created_at: factor.created_at.toISOString(),
    updated_at: factor.updated_at.toISOString(),
    last_challenged_at: factor.last_challenged_at?.toISOString() ?? null,
    phone: factor.phone ?? "",
  };
}

export async function factorsOf(db: Db, userId: string): Promise<FactorRow[]> {
  return db<FactorRow[]>`select * from auth.mfa_factors where user_id = ${userId} order by created_at, id`;
}

/** The user's factor with this id; another user's factor is as missing as an unknown one. */
export async function findOwnedFactor(db: Db, userId: string, factorId: string): Promise<FactorRow | null> {
  const [factor] = await db<FactorRow[]>`
    select * from auth.mfa_factors where id = ${factorId} and user_id = ${userId}`;
  return factor ?? null;
}

/**
 * Takes a factor off a user: its sessions lose the factor's sign-in method and drop back to aal1 (their
 * current access tokens keep their claims until they expire or refresh), as GoTrue's DowngradeSessionsToAAL1.
 */
export async function deleteFactor(db: Db, factor: FactorRow): Promise<void> {
  await db`
    delete from auth.mfa_amr_claims
    where authentication_method = ${factor.factor_type}
      and session_id in (select id from auth.sessions where factor_id = ${factor.id})`;
  await db`update auth.sessions set aal = 'aal1', factor_id = null, updated_at = now() where factor_id = ${factor.id}`;
  await db`delete from auth.mfa_factors where id = ${factor.id}`;
}
