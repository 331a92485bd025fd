import { decodeJwt } from "jose";
import { bearerToken, verifyJwt } from "../jwt.ts";
import type { StackKeys } from "../keys.ts";
import { errors } from "./errors.ts";

/** The only database roles a request may act as; anything else in a JWT is refused. */
const databaseRoles = ["anon", "authenticated", "service_role"] as const;
export type DatabaseRole = (typeof databaseRoles)[number];

/** Who a request acts as in Postgres, and whether that came from a verified token. */
export interface Caller {
  role: DatabaseRole;
  claims: Record<string, unknown>;
  /** JWT `sub`, recorded as the owner of what the caller uploads. */
  owner: string | undefined;
  verified: boolean;
}

function isDatabaseRole(role: string): role is DatabaseRole {
  return (databaseRoles as readonly string[]).includes(role);
}

function rejectionMessage(token: string | null): string {
  if (!token) return "jwt must be provided";
  try {
    const { exp } = decodeJwt(token);
    if (typeof exp === "number" && exp * 1000 <= Date.now()) return "jwt expired";
  } catch {
    return "jwt malformed";
  }
  return "invalid signature";
}

/** The caller behind the request's Bearer token (project key or user access token). */
export async function authenticate(keys: StackKeys, req: Request): Promise<Caller> {
  const token = bearerToken(req);
  const claims = await verifyJwt(keys, token);
  if (!claims) throw errors.invalidJwt(rejectionMessage(token));
  if (!isDatabaseRole(claims.role)) throw errors.accessDenied(`role "${claims.role}" is not allowed`);
  return { role: claims.role, claims, owner: claims.sub, verified: true };
}

/** Someone without a valid token: served only what public buckets hold. */
export const anonymousCaller: Caller = { role: "anon", claims: { role: "anon" }, owner: undefined, verified: false };

/** Routes that Storage also serves without a valid token fall back to the anonymous caller. */
export async function authenticateOptionally(keys: StackKeys, req: Request): Promise<Caller> {
  try {
    return await authenticate(keys, req);
  } catch {
    return anonymousCaller;
  }
}

/**
 * Storage's own superuser writing for `owner`, for uploads a signed upload URL already authorised: RLS is
 * bypassed and, as on Supabase, the database sees the service role's claims only (no `sub`, so `auth.uid()` is
 * null), whatever the token allows (`upsert` included). `owner` only fills the object's owner columns.
 */
export function signedUploader(owner: string | undefined): Caller {
  return { role: "service_role", claims: { role: "service_role" }, owner, verified: true };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a caller creates records them as owner: `owner` is a uuid column (a `sub` that is one), `owner_id` any `sub`. */
export function ownerColumns(owner: string | undefined): { owner: string | null; owner_id: string | null } {
  return { owner: owner && uuidPattern.test(owner) ? owner : null, owner_id: owner ?? null };
}
