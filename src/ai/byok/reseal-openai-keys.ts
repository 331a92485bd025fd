import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { encryptionKeyring } from "@/src/crypto/encryption-keyring";
import { openaiKeys } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";
import { openaiKeyContext } from "@/supabase/functions/_shared/openai-key-box";
import { resealSecret } from "@/supabase/functions/_shared/secret-box";

/**
 * Key rotation's second step (after a new key was put first in ARCO_ENCRYPTION_KEYS): every stored OpenAI key
 * sealed by an older key is opened and sealed again under the current one. Each row is updated only if it
 * still holds what was read, so a key saved meanwhile is never overwritten; running it twice changes nothing.
 */
export async function resealOpenaiKeys(): Promise<{ resealed: number; current: string }> {
  const keyring = await encryptionKeyring();
  const db = serviceDb();
  const stale = await db
    .select({ orgId: openaiKeys.orgId, keyId: openaiKeys.keyId, sealed: openaiKeys.sealed })
    .from(openaiKeys)
    .where(ne(openaiKeys.keyId, keyring.current));
  let resealed = 0;
  for (const row of stale) {
    const next = await resealSecret(keyring, row, openaiKeyContext(row.orgId));
    const updated = await db
      .update(openaiKeys)
      .set({ keyId: next.keyId, sealed: next.sealed })
      .where(and(eq(openaiKeys.orgId, row.orgId), eq(openaiKeys.sealed, row.sealed)))
      .returning({ orgId: openaiKeys.orgId });
    resealed += updated.length;
  }
  return { resealed, current: keyring.current };
}
