import "server-only";
import { sql } from "drizzle-orm";
import { database, type Transaction } from "./client";

/** The JWT claims Postgres sees in `auth.uid()` / `auth.jwt()`; `sub` and `role` are required. */
export interface RlsClaims {
  sub: string;
  role: string;
  [claim: string]: unknown;
}

/**
 * Runs `fn` in one transaction as the `authenticated` role with the caller's claims, so row-level security
 * (not application code) decides every row `fn` can read or write. The settings are transaction-local and
 * vanish at commit or rollback, so a pooled connection never carries one user's identity to the next.
 */
export async function withUser<T>(claims: RlsClaims, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  return database().transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('request.jwt.claims', ${JSON.stringify(claims)}, true), set_config('role', 'authenticated', true)`,
    );
    return fn(tx);
  });
}
