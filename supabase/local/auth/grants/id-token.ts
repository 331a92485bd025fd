import { createHash } from "node:crypto";
import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, jwtVerify, type JWTPayload } from "jose";
import { z } from "zod";
import { clientInfo, type AuthEnv, type AuthRequest } from "../env.ts";
import { badRequest, OAuthError } from "../errors.ts";
import { devIdentityIssuer, signInExternalIdentity } from "../external-identity.ts";
import { json, readJson } from "../http.ts";
import { isProviderEnabled } from "../providers.ts";
import { startSession } from "../sessions.ts";

/** The OIDC providers GoTrue's id_token grant accepts, with their issuers and published signing keys. */
const OIDC_PROVIDERS: Record<string, { issuer: string; jwks: string }> = {
  google: { issuer: "https://accounts.google.com", jwks: "https://www.googleapis.com/oauth2/v3/certs" },
  apple: { issuer: "https://appleid.apple.com", jwks: "https://appleid.apple.com/auth/keys" },
  facebook: { issuer: "https://www.facebook.com", jwks: "https://www.facebook.com/.well-known/oauth/openid/jwks/" },
  kakao: { issuer: "https://kauth.kakao.com", jwks: "https://kauth.kakao.com/.well-known/jwks.json" },
};

const idTokenBody = z.object({
  provider: z.string().nullish(),
  id_token: z.string().nullish(),
  access_token: z.string().nullish(),
  nonce: z.string().nullish(),
  client_id: z.string().nullish(),
  issuer: z.string().nullish(),
});

const badIdToken = () => new OAuthError("invalid_request", "Bad ID token");

/** The client ids the provider's tokens must be issued to, when config.toml sets a literal one. */
function acceptedAudiences(env: AuthEnv, provider: string): string[] {
  const clientId = env.config.external[provider]?.client_id;
  return typeof clientId === "string" && clientId !== "" && !clientId.startsWith("env(") ? [clientId] : [];
}

/**
 * Verifies the token against its issuer's keys: the real provider's JWKS, or — for ID tokens the development
 * identity provider minted (POST /dev-identity/id-token) — this stack's own published key.
 */
async function verifiedClaims(env: AuthEnv, provider: string, token: string): Promise<JWTPayload> {
  let issuer: unknown;
  try {
    issuer = decodeJwt(token).iss;
  } catch {
    throw badIdToken();
  }
  const known = OIDC_PROVIDERS[provider];
  const local = issuer === devIdentityIssuer(env);
  if (!local && issuer !== known?.issuer) throw badIdToken();
  const keys = local
    ? createLocalJWKSet({ keys: [env.keys.publicJwk] })
    : createRemoteJWKSet(new URL(known?.jwks ?? ""), { timeoutDuration: 5000 });
  const audience = acceptedAudiences(env, provider);
  try {
    const { payload } = await jwtVerify(token, keys, {
      issuer: String(issuer),
      ...(audience.length > 0 ? { audience } : {}),
    });
    return payload;
  } catch {
    throw badIdToken();
  }
}

/** GoTrue's nonce rule: the token's `nonce` is the SHA-256 (hex) of the nonce the client passes. */
function assertNonce(claims: JWTPayload, nonce: string | null | undefined): void {
  const inToken = typeof claims.nonce === "string" ? claims.nonce : "";
  if (!inToken && !nonce) return;
  if (!inToken || !nonce) {
    throw new OAuthError("invalid_request", "Passed nonce and nonce in id_token should either both exist or not.");
  }
  const hashed = createHash("sha256").update(nonce).digest("hex");
  if (hashed !== inToken && nonce !== inToken) throw new OAuthError("invalid_request", "Nonces mismatch");
}

/** `grant_type=id_token` (`signInWithIdToken`): an OIDC ID token from Google, Apple… signs the person in. */
export async function idTokenGrant(env: AuthEnv, request: AuthRequest): Promise<Response> {
  const body = await readJson(request.req, idTokenBody);
  if (!body.id_token) throw new OAuthError("invalid_request", "id_token required");
  if (!body.provider && !(body.client_id && body.issuer)) {
    throw new OAuthError("invalid_request", "provider or client_id and issuer required");
  }
  const provider = body.provider ?? "";
  const known = OIDC_PROVIDERS[provider];
  if (!known) throw badRequest("validation_failed", `Custom OIDC provider "${provider}" not allowed`);
  if (!isProviderEnabled(env.config, provider)) {
    throw badRequest("provider_disabled", `Provider (issuer "${known.issuer}") is not enabled`);
  }
  const claims = await verifiedClaims(env, provider, body.id_token);
  assertNonce(claims, body.nonce);
  const email = typeof claims.email === "string" ? claims.email.toLowerCase() : "";
  if (!email || !claims.sub) throw badIdToken();
  const name = typeof claims.name === "string" ? claims.name : (email.split("@")[0] ?? email);
  const user = await signInExternalIdentity(env, {
    provider,
    email,
    name,
    subject: claims.sub,
    issuer: typeof claims.iss === "string" ? claims.iss : undefined,
  });
  return json(await startSession(env, user.id, "oauth", clientInfo(request)));
}
