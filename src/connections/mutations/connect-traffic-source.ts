import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";
import { sealCredential } from "../connection-credential";

/** Connects a Cloudflare zone as the organization's traffic source, its API token sealed to the new row. */
export async function connectTrafficSource(
  db: RequestDb,
  input: { orgId: string; zoneId: string; displayName: string; token: string },
): Promise<{ id: string }> {
  const id = randomUUID();
  const sealed = await sealCredential("traffic-source", input.orgId, id, input.token);
  // Only the columns staff may write (see connect-ad-account).
  await db((tx) =>
    tx.execute(sql`
      insert into public.traffic_sources (id, org_id, provider, external_id, display_name, credential_sealed,
        credential_key_id, credential_hint)
      values (${id}, ${input.orgId}, 'cloudflare', ${input.zoneId}, ${input.displayName}, ${sealed.credentialSealed},
        ${sealed.credentialKeyId}, ${sealed.credentialHint})`),
  );
  return { id };
}
