import "server-only";
import { createHash, createHmac } from "node:crypto";
import { z } from "zod";
import { env } from "@/src/env";

/** base64url of a 32-byte HMAC: 43 characters, inside the 16–256 that `funnel.unsubscribe_lead` accepts. */
export const unsubscribeTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/**
 * The raw unsubscribe token of a lead: an HMAC of its id, so any job can rebuild the link in an email while
 * the database keeps only `hashUnsubscribeToken(token)`. The key is LEAD_UNSUBSCRIBE_SECRET, or else one
 * derived from the service role key (itself a server secret); changing either invalidates links already sent.
 */
export function unsubscribeTokenFor(leadId: string): string {
  const config = env();
  const key =
    config.LEAD_UNSUBSCRIBE_SECRET ??
    createHmac("sha256", config.SUPABASE_SERVICE_ROLE_KEY).update("arco:lead-unsubscribe-token:v1").digest();
  return createHmac("sha256", key).update(leadId).digest("base64url");
}

/** The form stored in `leads.unsubscribe_token_hash`, as `funnel.unsubscribe_lead` computes it. */
export function hashUnsubscribeToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
