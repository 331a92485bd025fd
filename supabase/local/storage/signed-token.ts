import { errors as joseErrors, jwtVerify, SignJWT } from "jose";
import { errors } from "./errors.ts";

/**
 * Signed-URL tokens: HS256 JWTs over the project JWT secret carrying `url` ("<bucket>/<key>"), as Storage
 * issues them. `scope` binds a token to downloads or uploads so one can never be replayed as the other.
 */
export type TokenScope = "download" | "upload";

export interface SignedTokenPayload {
  url: string;
  scope: TokenScope;
  /** Upload tokens: who the stored object will belong to, and whether it may replace an existing one. */
  owner?: string;
  upsert?: boolean;
}

export interface VerifiedToken extends SignedTokenPayload {
  /** Unix seconds. */
  expiresAt: number;
}

export async function signToken(secret: Uint8Array, payload: SignedTokenPayload, expiresIn: number): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ ...payload })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuedAt(now)
    .setExpirationTime(now + expiresIn)
    .sign(secret);
}

export async function verifyToken(
  secret: Uint8Array,
  token: string | null,
  scope: TokenScope,
  url: string,
): Promise<VerifiedToken> {
  if (!token) throw errors.invalidJwt("jwt must be provided");
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, secret, { algorithms: ["HS256"], requiredClaims: ["exp"] }));
  } catch (failure) {
    throw errors.invalidJwt(failure instanceof joseErrors.JWTExpired ? "jwt expired" : "invalid signature");
  }
  if (payload.scope !== scope) throw errors.invalidSignature(`Token is not scoped for ${scope}`);
  if (payload.url !== url) throw errors.invalidSignature();
  return {
    url,
    scope,
    owner: typeof payload.owner === "string" ? payload.owner : undefined,
    upsert: payload.upsert === true,
    expiresAt: Number(payload.exp),
  };
}
