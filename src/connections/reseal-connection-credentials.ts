import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { encryptionKeyring } from "@/src/crypto/encryption-keyring";
import { adAccounts, trafficSources } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";
import { resealSecret } from "@/supabase/functions/_shared/secret-box";
import { credentialContext, type ConnectionKind } from "./connection-credential";

const tables: Array<[ConnectionKind, typeof adAccounts | typeof trafficSources]> = [
  ["ad-account", adAccounts],
  ["traffic-source", trafficSources],
];

/**
 * Key rotation's second step for the ad platforms' and traffic providers' tokens, as for organizations' OpenAI
 * keys: each credential sealed by an older key is sealed again under the current one, and a row is updated only
 * if it still holds what was read (a token reconnected meanwhile is never overwritten). Twice changes nothing.
 */
export async function resealConnectionCredentials(): Promise<{ resealed: number; current: string }> {
  const keyring = await encryptionKeyring();
  const db = serviceDb();
  let resealed = 0;
  for (const [kind, table] of tables) {
    const stale = await db
      .select({ id: table.id, orgId: table.orgId, keyId: table.credentialKeyId, sealed: table.credentialSealed })
      .from(table)
      .where(ne(table.credentialKeyId, keyring.current));
    for (const row of stale) {
      const next = await resealSecret(keyring, row, credentialContext(kind, row.orgId, row.id));
      const updated = await db
        .update(table)
        .set({ credentialKeyId: next.keyId, credentialSealed: next.sealed })
        .where(and(eq(table.id, row.id), eq(table.credentialSealed, row.sealed)))
        .returning({ id: table.id });
      resealed += updated.length;
    }
  }
  return { resealed, current: keyring.current };
}
