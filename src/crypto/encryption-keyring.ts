import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/src/env";
import { parseKeyring, type Keyring } from "@/supabase/functions/_shared/secret-box";

let cached: { spec: string; keyring: Keyring } | undefined;

/**
 * The app's keyring for sealed secrets: ARCO_ENCRYPTION_KEYS, or else one key derived as
 * HMAC-SHA256(SUPABASE_SERVICE_ROLE_KEY, "arco:secret-box:v1") under the id `derived` (a secret the server
 * already holds, never a constant in the code). Parsed once per distinct setting.
 */
export function encryptionKeyring(): Keyring {
  const { ARCO_ENCRYPTION_KEYS, SUPABASE_SERVICE_ROLE_KEY } = env();
  const spec = ARCO_ENCRYPTION_KEYS ?? `derived:${derivedKey(SUPABASE_SERVICE_ROLE_KEY)}`;
  if (cached?.spec !== spec) cached = { spec, keyring: parseKeyring(spec) };
  return cached.keyring;
}

function derivedKey(serviceRoleKey: string): string {
  return createHmac("sha256", serviceRoleKey).update("arco:secret-box:v1").digest("base64");
}
