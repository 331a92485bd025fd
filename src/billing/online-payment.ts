import "server-only";
import { env } from "@/src/env";

/** Whether plans can be changed online: Stripe keys are set (real Stripe, or the local one in development). */
export function onlinePaymentReady(): boolean {
  return Boolean(env().STRIPE_SECRET_KEY);
}
