import "server-only";
import { createHash, randomBytes } from "node:crypto";

export const API_KEY_PREFIX = "arco_live_";
/** 32 random bytes as base64url: 43 characters after the prefix. */
const apiKeyPattern = /^arco_live_[A-Za-z0-9_-]{43}$/;
/** What the key list shows to recognise a key: the prefix and the first 6 secret characters. */
const VISIBLE_CHARACTERS = API_KEY_PREFIX.length + 6;

export interface NewApiKeySecret {
  /** The whole key, shown once and never stored. */
  key: string;
  prefix: string;
  /** sha256 (hex) of the key: what the database keeps and looks requests up by. */
  hash: string;
}

/**
 * sha256, unsalted, is the right hash here (not a password hash): the key is 256 random bits, so it cannot be
 * guessed from its hash, and the lookup must be a single indexed equality on every request.
 */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function isWellFormedApiKey(key: string): boolean {
  return apiKeyPattern.test(key);
}

export function generateApiKey(): NewApiKeySecret {
  const key = API_KEY_PREFIX + randomBytes(32).toString("base64url");
  return { key, prefix: key.slice(0, VISIBLE_CHARACTERS), hash: hashApiKey(key) };
}
