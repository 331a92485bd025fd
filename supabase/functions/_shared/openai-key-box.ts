// An organization's own OpenAI key as stored in `public.openai_keys`: sealed with the secret box and bound to
// the organization, so a sealed key copied onto another organization's row does not open there. Shared by the
// app (which seals and validates) and the `embed` function (which opens), in Node and Deno alike.
import { openSecret, parseKeyring, sealSecret, type Keyring, type SealedSecret } from "./secret-box.ts";

export const openaiKeyContext = (orgId: string) => `openai-key:${orgId}`;

export function sealOpenaiKey(keyring: Keyring, orgId: string, apiKey: string): Promise<SealedSecret> {
  return sealSecret(keyring, apiKey, openaiKeyContext(orgId));
}

export function openOpenaiKey(keyring: Keyring, orgId: string, stored: SealedSecret): Promise<string> {
  return openSecret(keyring, stored, openaiKeyContext(orgId));
}

/**
 * The keyring from a function's environment, as the app builds it: ARCO_ENCRYPTION_KEYS, or else the key
 * derived from SUPABASE_SERVICE_ROLE_KEY (HMAC-SHA256 of "arco:secret-box:v1", id `derived`). Null when
 * neither is set: the function then cannot open stored keys and uses the plan's provider.
 */
export async function keyringFromEnv(env: (name: string) => string | undefined): Promise<Keyring | null> {
  const spec = env("ARCO_ENCRYPTION_KEYS");
  if (spec) return parseKeyring(spec);
  const serviceRoleKey = env("SUPABASE_SERVICE_ROLE_KEY");
  if (!serviceRoleKey) return null;
  const hmacKey = await crypto.subtle.importKey(
    "raw",
    new TextEncoder().encode(serviceRoleKey),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", hmacKey, new TextEncoder().encode("arco:secret-box:v1")));
  let binary = "";
  for (const byte of mac) binary += String.fromCharCode(byte);
  return parseKeyring(`derived:${btoa(binary)}`);
}
