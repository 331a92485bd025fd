import type { Tone } from "@/src/components/ui/status-badge";
import type { BillingSubscription } from "./queries/get-billing";

export const subscriptionTones: Record<BillingSubscription["status"], Tone> = {
  incomplete: "warning",
  incomplete_expired: "neutral",
  trialing: "info",
  active: "success",
  past_due: "danger",
  canceled: "neutral",
  unpaid: "danger",
  paused: "warning",
};
