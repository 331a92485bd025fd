import "server-only";
import { sql } from "drizzle-orm";
import { withAnon } from "@/src/db/with-user";
import { hashApiKey, isWellFormedApiKey } from "./api-key-secret";

export type ApiScope = "read" | "write";

export interface RateLimitState {
  limit: number;
  remaining: number;
  resetAt: Date;
}

export interface ApiCaller {
  principalId: string;
  orgId: string;
  keyId: string;
  scopes: ApiScope[];
  /** False when the organization has used up its requests of the current minute. */
  allowed: boolean;
  rateLimit: RateLimitState;
}

type Row = {
  allowed: boolean;
  principal_id: string;
  org_id: string;
  key_id: string;
  scopes: string[];
  rate_limit: number;
  remaining: number;
  reset_at: string | Date;
};

const bearer = /^Bearer\s+(\S+)\s*$/i;

/**
 * Who a public API request comes from, counted against its organization's minute; null when the
 * Authorization header carries no live key (missing, malformed, unknown, revoked, expired: one answer for all).
 * A malformed key never reaches the database.
 */
export async function authenticateApiKey(request: Request): Promise<ApiCaller | null> {
  const key = bearer.exec(request.headers.get("authorization") ?? "")?.[1];
  if (!key || !isWellFormedApiKey(key)) return null;
  const [row] = await withAnon((tx) =>
    tx.execute<Row>(sql`select * from api_access.authenticate_key(${hashApiKey(key)})`),
  );
  if (!row) return null;
  return {
    principalId: row.principal_id,
    orgId: row.org_id,
    keyId: row.key_id,
    scopes: row.scopes.filter((scope): scope is ApiScope => scope === "read" || scope === "write"),
    allowed: row.allowed,
    rateLimit: { limit: row.rate_limit, remaining: row.remaining, resetAt: new Date(row.reset_at) },
  };
}
