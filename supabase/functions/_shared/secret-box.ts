// Secrets Arco keeps for its clients (their own OpenAI key, ad platforms' refresh tokens) are sealed with
// AES-256-GCM before they reach the database. Shared by the app (Node) and the edge functions (Deno), so both
// open what the other sealed: Web Crypto is the API both runtimes have.
//
// A keyring holds every key that may still have sealed a stored secret, each under an id kept beside the
// ciphertext; the first key seals. Rotation: put a new key first, re-seal what the old one sealed, then drop it.

export interface Keyring {
  /** The id of the key that seals; every id in `keys` can open. */
  current: string;
  keys: ReadonlyMap<string, Uint8Array<ArrayBuffer>>;
}

/** What is stored: the key's id and base64(iv ‖ ciphertext ‖ tag). */
export interface SealedSecret {
  keyId: string;
  sealed: string;
}

const IV_BYTES = 12;

/** The keyring in `id:base64key,id:base64key` form (each key 32 bytes), the first one sealing. */
export function parseKeyring(spec: string): Keyring {
  const entries = spec
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(":");
      if (colon <= 0) throw new Error("each key is written id:base64");
      const id = part.slice(0, colon);
      if (!/^[A-Za-z0-9_-]{1,32}$/.test(id)) throw new Error(`key id "${id}" is not 1-32 letters, digits, _ or -`);
      const key = fromBase64(part.slice(colon + 1));
      if (key.length !== 32) throw new Error(`key "${id}" is ${key.length} bytes; AES-256 takes 32`);
      return [id, key] as const;
    });
  const [first] = entries;
  if (!first) throw new Error("the keyring is empty");
  const keys = new Map(entries);
  if (keys.size !== entries.length) throw new Error("a key id appears twice");
  return { current: first[0], keys };
}

/**
 * Seals `plaintext`. `context` (for example `openai-key:<org id>`) is bound as additional data: a sealed value
 * copied onto another organization's row does not open there.
 */
export async function sealSecret(keyring: Keyring, plaintext: string, context: string): Promise<SealedSecret> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await importKey(keyring, keyring.current);
  const ciphertext = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: utf8(context) },
    key,
    utf8(plaintext),
  );
  const out = new Uint8Array(IV_BYTES + ciphertext.byteLength);
  out.set(iv);
  out.set(new Uint8Array(ciphertext), IV_BYTES);
  return { keyId: keyring.current, sealed: toBase64(out) };
}

/** Opens a sealed secret; throws when its key is not in the ring or it was altered or moved. */
export async function openSecret(keyring: Keyring, secret: SealedSecret, context: string): Promise<string> {
  const bytes = fromBase64(secret.sealed);
  const key = await importKey(keyring, secret.keyId);
  const plaintext = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: bytes.subarray(0, IV_BYTES), additionalData: utf8(context) },
    key,
    bytes.subarray(IV_BYTES),
  );
  return new TextDecoder().decode(plaintext);
}

/** Re-seals under the current key; a secret already sealed by it comes back unchanged. */
export async function resealSecret(keyring: Keyring, secret: SealedSecret, context: string): Promise<SealedSecret> {
  if (secret.keyId === keyring.current) return secret;
  return sealSecret(keyring, await openSecret(keyring, secret, context), context);
}

function importKey(keyring: Keyring, id: string): Promise<CryptoKey> {
  const raw = keyring.keys.get(id);
  if (!raw) throw new Error(`no key "${id}" in the keyring`);
  return crypto.subtle.importKey("raw", raw, "AES-GCM", false, ["encrypt", "decrypt"]);
}

function utf8(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
