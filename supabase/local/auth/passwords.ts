import type { AuthConfig } from "./env.ts";
import { AuthError } from "./errors.ts";
import type { Db } from "./user-store.ts";

/** bcrypt through pgcrypto, so users seeded with `crypt(…, gen_salt('bf'))` sign in like any other. */
export async function hashPassword(db: Db, password: string): Promise<string> {
  const [row] = await db<{ hash: string }[]>`select extensions.crypt(${password}, extensions.gen_salt('bf')) as hash`;
  if (!row) throw new Error("crypt() returned no row");
  return row.hash;
}

export async function passwordMatches(db: Db, password: string, hash: string | null): Promise<boolean> {
  // crypt() rejects salts that are not bcrypt/md5/des hashes, and users without a password store "".
  if (!hash || !hash.startsWith("$2")) return false;
  const [row] = await db<{ ok: boolean }[]>`select extensions.crypt(${password}, ${hash}) = ${hash} as ok`;
  return row?.ok === true;
}

export interface PasswordWeakness {
  message: string;
  reasons: string[];
}

export function passwordWeakness(config: AuthConfig, password: string): PasswordWeakness | null {
  if (password.length >= config.minimum_password_length) return null;
  return {
    message: `Password should be at least ${config.minimum_password_length} characters.`,
    reasons: ["length"],
  };
}

/** 422 `weak_password` with `weak_password.reasons`, which auth-js turns into AuthWeakPasswordError. */
export function assertStrongPassword(config: AuthConfig, password: string): void {
  const weakness = passwordWeakness(config, password);
  if (weakness) {
    throw new AuthError(422, "weak_password", weakness.message, { weak_password: { reasons: weakness.reasons } });
  }
}
