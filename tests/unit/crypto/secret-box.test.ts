import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openSecret, parseKeyring, resealSecret, sealSecret } from "@/supabase/functions/_shared/secret-box";

const keyB64 = () => randomBytes(32).toString("base64");

describe("secret box", () => {
  const old = keyB64();
  const fresh = keyB64();
  const ring = parseKeyring(`k1:${old}`);
  const rotated = parseKeyring(`k2:${fresh},k1:${old}`);

  it("seals under the current key and opens with the same context only", async () => {
    const sealed = await sealSecret(ring, "sk-proj-abcdef123456", "openai-key:org-a");
    expect(sealed.keyId).toBe("k1");
    expect(Buffer.from(sealed.sealed, "base64").toString("latin1")).not.toContain("sk-proj");
    await expect(openSecret(ring, sealed, "openai-key:org-a")).resolves.toBe("sk-proj-abcdef123456");
    await expect(openSecret(ring, sealed, "openai-key:org-b")).rejects.toThrow();
  });

  it("gives a fresh ciphertext each time and refuses an altered one", async () => {
    const a = await sealSecret(ring, "same", "c");
    const b = await sealSecret(ring, "same", "c");
    expect(a.sealed).not.toBe(b.sealed);
    const bytes = Buffer.from(a.sealed, "base64");
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 1) ^ 1, bytes.length - 1);
    await expect(openSecret(ring, { keyId: "k1", sealed: bytes.toString("base64") }, "c")).rejects.toThrow();
  });

  it("re-seals an old key's secret under the new current key", async () => {
    const sealed = await sealSecret(ring, "token", "ctx");
    const resealed = await resealSecret(rotated, sealed, "ctx");
    expect(resealed.keyId).toBe("k2");
    await expect(openSecret(parseKeyring(`k2:${fresh}`), resealed, "ctx")).resolves.toBe("token");
    expect(await resealSecret(rotated, resealed, "ctx")).toBe(resealed);
  });

  it("explains a malformed keyring", () => {
    expect(() => parseKeyring("")).toThrow(/empty/);
    expect(() => parseKeyring("nokey")).toThrow(/id:base64/);
    expect(() => parseKeyring(`k1:${randomBytes(16).toString("base64")}`)).toThrow(/32/);
    expect(() => parseKeyring(`k1:${old},k1:${fresh}`)).toThrow(/twice/);
  });
});
