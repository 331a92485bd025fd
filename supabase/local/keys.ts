import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type CryptoKey } from "jose";

/**
 * Signing material of one local stack. Generated once per data folder and kept there, so the anon and
 * service-role keys printed by `stack:env` stay valid across restarts (like a hosted project's keys).
 */
export interface StackKeys {
  kid: string;
  /** ES256 key that signs access tokens and the project API keys. */
  privateKey: CryptoKey;
  publicJwk: JWK;
  /** HS256 secret for storage signed-URL tokens (Supabase signs those with the project JWT secret). */
  jwtSecret: Uint8Array;
  anonKey: string;
  serviceRoleKey: string;
  issuer: string;
}

interface StoredKeys {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
  jwtSecret: string;
  anonKey: string;
  serviceRoleKey: string;
}

const TEN_YEARS = 10 * 365 * 24 * 3600;

async function createStoredKeys(): Promise<StoredKeys> {
  const kid = randomUUID();
  const { privateKey, publicKey } = await generateKeyPair("ES256", { extractable: true });
  const projectKey = (role: string) =>
    new SignJWT({ iss: "supabase", ref: "local", role })
      .setProtectedHeader({ alg: "ES256", kid, typ: "JWT" })
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + TEN_YEARS)
      .sign(privateKey);
  return {
    kid,
    privateJwk: await exportJWK(privateKey),
    publicJwk: await exportJWK(publicKey),
    jwtSecret: randomBytes(32).toString("base64url"),
    anonKey: await projectKey("anon"),
    serviceRoleKey: await projectKey("service_role"),
  };
}

/** Loads the keys stored in `file`, creating them on first use; without a file they live in memory only. */
export async function loadKeys(file: string | undefined, apiUrl: string): Promise<StackKeys> {
  let stored: StoredKeys;
  if (file && existsSync(file)) {
    stored = JSON.parse(readFileSync(file, "utf8")) as StoredKeys;
  } else {
    stored = await createStoredKeys();
    if (file) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
    }
  }
  return {
    kid: stored.kid,
    privateKey: (await importJWK(stored.privateJwk, "ES256")) as CryptoKey,
    publicJwk: { ...stored.publicJwk, kid: stored.kid, alg: "ES256", use: "sig", key_ops: ["verify"] },
    jwtSecret: new TextEncoder().encode(stored.jwtSecret),
    anonKey: stored.anonKey,
    serviceRoleKey: stored.serviceRoleKey,
    issuer: `${apiUrl}/auth/v1`,
  };
}
