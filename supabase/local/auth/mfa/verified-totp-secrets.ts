import type { Db } from "../user-store.ts";

/**
 * Local development only: the secrets of verified TOTP factors, by account email (`emails` narrows it), so
 * the tooling can print a code for the seeded demo accounts without a phone at hand.
 */
export async function verifiedTotpSecrets(db: Db, emails?: string[]): Promise<{ email: string; secret: string }[]> {
  return db<{ email: string; secret: string }[]>`
    select u.email, f.secret from auth.mfa_factors f join auth.users u on u.id = f.user_id
    where f.factor_type = 'totp' and f.status = 'verified' and f.secret is not null
      and (${emails ?? null}::text[] is null or lower(u.email) = any(${emails ?? null}::text[]))
    order by u.email, f.created_at`;
}
