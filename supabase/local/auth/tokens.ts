import { createHash, randomInt } from "node:crypto";

/** Stored one-time tokens of PKCE flows carry this prefix, as in GoTrue. */
export const PKCE_PREFIX = "pkce_";

/** A numeric one-time code of `length` digits (leading zeros allowed). */
export function generateOtp(length: number): string {
  let otp = "";
  for (let i = 0; i < length; i++) otp += String(randomInt(10));
  return otp;
}

/** GoTrue's token hash: lowercase hex SHA-224 of the address followed by the code. */
export function otpTokenHash(address: string, otp: string): string {
  return createHash("sha224")
    .update(address + otp)
    .digest("hex");
}

/** The value kept in the user's token column: the hash, prefixed in PKCE flows. */
export function storedToken(hash: string, pkce: boolean): string {
  return pkce ? PKCE_PREFIX + hash : hash;
}

export function stripPkcePrefix(token: string): string {
  return token.startsWith(PKCE_PREFIX) ? token.slice(PKCE_PREFIX.length) : token;
}

const REFRESH_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/** Opaque refresh token; GoTrue's are short random strings, not JWTs. */
export function randomRefreshToken(length = 12): string {
  let token = "";
  for (let i = 0; i < length; i++) token += REFRESH_ALPHABET[randomInt(REFRESH_ALPHABET.length)];
  return token;
}
