import { createHash } from "node:crypto";
import { badRequest } from "./errors.ts";

export interface PkceChallenge {
  challenge: string;
  method: "s256" | "plain";
}

/**
 * GoTrue's PKCE parameter rules: both or neither; method `s256`/`plain` in any case; challenge of 43–128
 * unreserved characters. Returns null for the implicit flow (auth-js sends nulls there).
 */
export function parsePkceParams(
  challenge: string | null | undefined,
  method: string | null | undefined,
): PkceChallenge | null {
  if (!challenge && !method) return null;
  if (!challenge || !method) {
    throw badRequest("validation_failed", "PKCE flow requires code_challenge_method and code_challenge");
  }
  const normalized = method.toLowerCase();
  if (normalized !== "s256" && normalized !== "plain") {
    throw badRequest("validation_failed", "Code challenge method not supported");
  }
  if (!/^[A-Za-z0-9._~-]{43,128}$/.test(challenge)) {
    throw badRequest("validation_failed", "Invalid code_challenge: must be 43 to 128 unreserved characters");
  }
  return { challenge, method: normalized };
}

export function verifierMatches(pkce: PkceChallenge, verifier: string): boolean {
  const derived = pkce.method === "s256" ? createHash("sha256").update(verifier).digest("base64url") : verifier;
  return derived === pkce.challenge;
}
