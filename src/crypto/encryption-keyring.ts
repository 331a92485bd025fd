import "server-only";
import { env } from "@/src/env";
import { keyringFromEnv } from "@/supabase/functions/_shared/openai-key-box";
import type { Keyring } from "@/supabase/functions/_shared/secret-box";

let cached: { spec: string; keyring: Promise<Keyring | null> } | undefined;

/**
 * The app's keyring for sealed secrets: ARCO_ENCRYPTION_KEYS, or else one key derived as
 * HMAC-SHA256(SUPABASE_SERVICE_ROLE_KEY, "arco:secret-box:v1") under the id `derived` (a secret the server
 * already holds, never a constant in the code). Built by the same code as the edge functions', so both open
 * what the other sealed; parsed once per distinct setting.
 */
export async function encryptionKeyring(): Promise<Keyring> {
  const settings = env();
  const spec = `${settings.ARCO_ENCRYPTION_KEYS ?? ""}|${settings.SUPABASE_SERVICE_ROLE_KEY}`;
  if (cached?.spec !== spec) {
    const read = (name: string) => settings[name as keyof typeof settings] as string | undefined;
    cached = { spec, keyring: keyringFromEnv(read) };
  }
  const keyring = await cached.keyring;
  if (!keyring) throw new Error("no encryption keyring: SUPABASE_SERVICE_ROLE_KEY is required");
  return keyring;
}
