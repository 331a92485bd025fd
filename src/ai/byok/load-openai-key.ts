import "server-only";
import { eq } from "drizzle-orm";
import { encryptionKeyring } from "@/src/crypto/encryption-keyring";
import { openaiKeys } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";
import { openOpenaiKey } from "@/supabase/functions/_shared/openai-key-box";

/**
 * The organization's own OpenAI key, opened, for a job about to call OpenAI on its behalf; null without one.
 * Service only: no user may read the sealed bytes. The key lives in memory for the call and is never logged.
 */
export async function loadOpenaiKey(orgId: string): Promise<string | null> {
  const [row] = await serviceDb()
    .select({ keyId: openaiKeys.keyId, sealed: openaiKeys.sealed })
    .from(openaiKeys)
    .where(eq(openaiKeys.orgId, orgId));
  if (!row) return null;
  return openOpenaiKey(await encryptionKeyring(), orgId, row);
}
