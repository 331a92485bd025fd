import "server-only";
import { sql } from "drizzle-orm";
import { withAnon } from "@/src/db/with-user";
import { unsubscribeTokenSchema } from "./unsubscribe-token";

/**
 * Stops a lead's nurture emails from the token in an unsubscribe link, without a sign-in: as the anonymous
 * visitor, through `funnel.unsubscribe_lead`. False when the token is malformed or belongs to nobody;
 * repeating it is harmless.
 */
export async function unsubscribeLead(token: unknown): Promise<boolean> {
  const parsed = unsubscribeTokenSchema.safeParse(token);
  if (!parsed.success) return false;
  const [row] = await withAnon((tx) =>
    tx.execute<{ unsubscribed: boolean }>(sql`select funnel.unsubscribe_lead(${parsed.data}::text) as unsubscribed`),
  );
  return row?.unsubscribed === true;
}
