import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { needsSecondFactor } from "../mfa/needs-second-factor";
import { secondStepPathFor } from "../mfa/second-step-path";
import { createSupabaseServerClient } from "../supabase/server-client";
import { signInPathFor } from "./protected-paths";
import { userClaims, type UserClaims } from "./user-claims";

export interface VerifiedUser {
  id: string;
  email: string;
  /** Display name from the profile (sign-up form or identity provider), if any; user-editable, so display only. */
  name: string | null;
  /** The access token's claims, verified against the project's JWKS; also what RLS sees (`withUser`). */
  claims: UserClaims;
}

/**
 * The signed-in user, or null. `getClaims()` checks the JWT's signature and expiry (unlike `getSession()`,
 * which trusts whatever the cookie says), so this is the only source of identity on the server; and only
 * claims about a user count (`userClaims`: a project key in the cookie is a signed-out visitor). Cached per
 * request, so layouts and pages share one verification.
 */
export const getVerifiedUser = cache(async (): Promise<VerifiedUser | null> => {
  const supabase = await createSupabaseServerClient();
  const { data, error } = await supabase.auth.getClaims();
  const claims = error ? null : userClaims(data?.claims);
  if (!claims) return null;
  const metadata = claims.user_metadata ?? {};
  const name = [metadata.full_name, metadata.name].find(
    (value): value is string => typeof value === "string" && value.trim() !== "",
  );
  return { id: claims.sub, email: claims.email ?? "", name: name?.trim() ?? null, claims };
});

/**
 * The signed-in user; anyone else is sent to sign in and brought back to `nextPath` afterwards. A user with an
 * authenticator app who signed in with one factor (password, email code, SSO…) is sent to the second step
 * first: every page behind sign-in needs it.
 */
export async function requireUser(nextPath: string): Promise<VerifiedUser> {
  const user = await getVerifiedUser();
  if (!user) redirect(signInPathFor(nextPath));
  if (await needsSecondFactor(user.claims)) redirect(secondStepPathFor(nextPath));
  return user;
}
