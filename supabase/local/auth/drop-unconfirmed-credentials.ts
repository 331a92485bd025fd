import { confirmEmail, jsonb, type Db } from "./user-store.ts";
import type { Json } from "./users.ts";

/** The identity that proved the address, and what it says about the person. */
export interface VerifiedIdentity {
  provider: string;
  providerId: string;
  identityData: Json;
}

/**
 * GoTrue's `RemoveUnconfirmedIdentities` followed by `Confirm`, for a verified external identity that lands on
 * a user whose address was never confirmed. Whoever created that user (a password sign-up, an OTP request)
 * never proved they own the address, so what they set up goes: the password, every other identity and the
 * profile they typed (the identity's claims replace it). Otherwise anyone could pre-register someone's
 * address with a password of their choosing and walk into the account once its real owner signs in with
 * Google and thereby confirms it.
 */
export async function dropUnconfirmedCredentials(db: Db, userId: string, kept: VerifiedIdentity): Promise<void> {
  await db`
    update auth.users
    set encrypted_password = '', raw_user_meta_data = ${jsonb(db, kept.identityData)},
        recovery_token = '', updated_at = now()
    where id = ${userId}`;
  await db`
    delete from auth.identities
    where user_id = ${userId} and not (provider = ${kept.provider} and provider_id = ${kept.providerId})`;
  // Only the verified identity's provider remains, so it is also the one `provider` names (as GoTrue recomputes).
  await db`
    update auth.users
    set raw_app_meta_data = coalesce(raw_app_meta_data, '{}'::jsonb)
      || jsonb_build_object('provider', ${kept.provider}::text, 'providers', jsonb_build_array(${kept.provider}::text))
    where id = ${userId}`;
  await confirmEmail(db, userId);
}
