import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/src/env";
import { canonicalIp } from "@/src/http/canonical-ip";

/**
 * The rate limiter's subjects are keyed hashes (HMAC-SHA256, hex): the database can count one IP's or one
 * email's requests without holding the address, and a leaked table cannot be reversed by hashing every IPv4
 * address. The key is ARCO_ANALYZER_HASH_SECRET, or else HMAC-SHA256(SUPABASE_SERVICE_ROLE_KEY,
 * "arco:analyzer-subject-hash:v1"): a secret the server already holds, never a constant in the code.
 */
function hashKey(): string {
  const { ARCO_ANALYZER_HASH_SECRET, SUPABASE_SERVICE_ROLE_KEY } = env();
  return (
    ARCO_ANALYZER_HASH_SECRET ??
    createHmac("sha256", SUPABASE_SERVICE_ROLE_KEY).update("arco:analyzer-subject-hash:v1").digest("hex")
  );
}

function hmac(value: string): string {
  return createHmac("sha256", hashKey()).update(value).digest("hex");
}

/**
 * An IPv4 address counts alone; an IPv6 address by its /64, since one subscriber is routinely given a whole
 * /64 and could otherwise take a fresh address (and a fresh limit) per request. `null` (the address could not
 * be known) is one shared subject, so a misconfigured proxy setting limits everyone rather than no one.
 */
export function hashIpSubject(ip: string | null): string {
  const canonical = canonicalIp(ip);
  if (!canonical) return hmac("ip:unknown");
  if (!canonical.includes(":")) return hmac(`ip4:${canonical}`);
  return hmac(`ip6/64:${canonical.split(":").slice(0, 4).join(":")}`);
}

export function hashEmailSubject(email: string): string {
  return hmac(`email:${email.trim().toLowerCase()}`);
}
