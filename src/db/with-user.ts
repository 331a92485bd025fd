import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { database, type Transaction } from "./client";

/** The JWT claims Postgres sees in `auth.uid()` / `auth.jwt()`; `sub` and `role` are required. */
export interface RlsClaims {
  sub: string;
  role: string;
  [claim: string]: unknown;
}

/**
 * Runs `fn` in one transaction as `role` with `claims`, so row-level security (not application code) decides
 * every row `fn` can read or write. The settings are transaction-local and vanish at commit or rollback, so a
 * pooled connection never carries one caller's identity to the next.
 */
async function withRole<T>(
  role: "authenticated" | "anon",
  claims: Record<string, unknown>,
  fn: (tx: Transaction) => Promise<T>,
  { readOnly = false }: { readOnly?: boolean } = {},
): Promise<T> {
  return database().transaction(async (tx) => {
    if (readOnly) await tx.execute(sql`set transaction read only`);
    await tx.execute(
      sql`select set_config('request.jwt.claims', ${JSON.stringify(claims)}, true), set_config('role', ${role}, true)`,
    );
    return fn(tx);
  });
}

const userClaimsShape = z.object({ sub: z.guid(), role: z.literal("authenticated") });

/**
 * Runs `fn` as the signed-in user the claims describe. Claims of anything but a user (a project key's, with
 * role `anon` and no `sub`) never run as `authenticated`: callers take them from `getVerifiedUser`, which
 * already refuses those, so reaching this check is a bug, reported as such.
 */
export async function withUser<T>(claims: RlsClaims, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  if (!userClaimsShape.safeParse(claims).success) {
    throw new Error("withUser needs the claims of a user: a uuid `sub` and role `authenticated`");
  }
  return withRole("authenticated", claims, fn);
}

/**
 * Runs `fn` as an anonymous visitor (the `anon` role), for the public funnel: anon holds no table privilege
 * and reaches the funnel only through the narrow functions granted to it.
 */
export async function withAnon<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
  return withRole("anon", { role: "anon" }, fn);
}

/**
 * Runs `fn` as an organization's API principal (the claims `api_access.authenticate_key` returned for a key),
 * under the same row-level security as its members. A key that may only read runs in a read-only transaction,
 * so Postgres itself refuses any write, whatever the route does.
 */
export async function withApiPrincipal<T>(
  principal: { principalId: string; keyId: string },
  access: "read" | "write",
  fn: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const claims = { sub: principal.principalId, role: "authenticated", api_key_id: principal.keyId };
  if (!userClaimsShape.safeParse(claims).success) throw new Error("withApiPrincipal needs a principal's uuid");
  return withRole("authenticated", claims, fn, { readOnly: access === "read" });
}
