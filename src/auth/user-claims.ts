import type { JwtPayload } from "@supabase/supabase-js";
import { z } from "zod";

/** Verified claims that describe a signed-in user. */
export type UserClaims = JwtPayload & { sub: string; role: "authenticated" };

const userClaimsSchema = z.object({ sub: z.guid(), role: z.literal("authenticated") });

/**
 * A valid signature does not make a user: the project's anon and service-role keys are JWTs signed by the
 * same key, with role `anon`/`service_role` and no `sub`, and `getClaims()` accepts them from a session
 * cookie like any access token. Only claims about a user (a uuid `sub`, role `authenticated`) are a
 * session; anything else is a signed-out visitor, never a request that fails later while building the
 * database claims.
 */
export function userClaims(claims: JwtPayload | null | undefined): UserClaims | null {
  return claims && userClaimsSchema.safeParse(claims).success ? (claims as UserClaims) : null;
}
