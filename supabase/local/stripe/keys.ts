import { createHmac } from "node:crypto";
import type { StackKeys } from "../keys.ts";

export interface LocalStripeKeys {
  secretKey: string;
  webhookSecret: string;
}

/**
 * The local Stripe's API key and webhook endpoint secret, derived from the stack's own secret so they stay the
 * same across restarts of one data folder (what `stack:env` prints keeps working) and differ between folders.
 */
export function localStripeKeys(keys: Pick<StackKeys, "jwtSecret">): LocalStripeKeys {
  const derive = (label: string) =>
    createHmac("sha256", keys.jwtSecret).update(`local-stripe:${label}`).digest("hex").slice(0, 32);
  return { secretKey: `sk_test_local_${derive("secret-key")}`, webhookSecret: `whsec_local_${derive("webhook")}` };
}
