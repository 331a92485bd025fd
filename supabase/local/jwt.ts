import { createLocalJWKSet, jwtVerify, type JWTPayload } from "jose";
import type { StackKeys } from "./keys.ts";

export interface AccessClaims extends JWTPayload {
  sub?: string;
  role: string;
  email?: string;
  session_id?: string;
  app_metadata?: Record<string, unknown>;
  user_metadata?: Record<string, unknown>;
  is_anonymous?: boolean;
}

/**
 * Verifies a project API key or a user access token signed by this stack (ES256, published in the JWKS).
 * Returns null when the token is missing, malformed, expired or signed by anyone else.
 */
export async function verifyJwt(keys: StackKeys, token: string | undefined | null): Promise<AccessClaims | null> {
  if (!token) return null;
  try {
    const jwks = createLocalJWKSet({ keys: [keys.publicJwk] });
    const { payload } = await jwtVerify(token, jwks, { algorithms: ["ES256"] });
    if (typeof payload.role !== "string") return null;
    return payload as AccessClaims;
  } catch {
    return null;
  }
}

/** The bearer token of a request, if any. */
export function bearerToken(req: Request): string | null {
  const header = req.headers.get("authorization");
  const match = header ? /^Bearer\s+(.+)$/i.exec(header) : null;
  return match?.[1]?.trim() ?? null;
}
