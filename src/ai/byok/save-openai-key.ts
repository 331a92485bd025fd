import "server-only";
import { sql } from "drizzle-orm";
import { encryptionKeyring } from "@/src/crypto/encryption-keyring";
import type { RequestDb } from "@/src/workspace/request-db";
import { sealOpenaiKey } from "@/supabase/functions/_shared/openai-key-box";
import { validateOpenaiKey } from "./validate-openai-key";

/**
 * Validates the key with OpenAI, then stores it sealed (replacing any previous one) as the request's user:
 * row-level security lets only owners and admins write, and only the last four characters are kept readable.
 * Validation comes first, so a refused key leaves nothing behind.
 */
export async function saveOpenaiKey(db: RequestDb, orgId: string, apiKey: string): Promise<{ last4: string }> {
  await validateOpenaiKey(apiKey);
  const sealed = await sealOpenaiKey(await encryptionKeyring(), orgId, apiKey);
  const last4 = apiKey.slice(-4);
  // Written as SQL: users hold INSERT/UPDATE on some columns only (Drizzle's insert names every column), and
  // not an upsert: reading `excluded.sealed` would need SELECT on a column nobody may read.
  await db(async (tx) => {
    const replaced = await tx.execute(sql`
      update public.openai_keys set key_id = ${sealed.keyId}, sealed = ${sealed.sealed}, last4 = ${last4},
        created_by = (select auth.uid()), updated_at = now()
      where org_id = ${orgId} returning org_id`);
    if (replaced.length > 0) return;
    await tx.execute(sql`
      insert into public.openai_keys (org_id, key_id, sealed, last4, created_by)
      values (${orgId}, ${sealed.keyId}, ${sealed.sealed}, ${last4}, (select auth.uid()))`);
  });
  return { last4 };
}
