import type { billingPtBR } from "./billing.pt-BR";

/** The client dashboard's billing pages. */
export const billingEn: typeof billingPtBR = {
  title: "Billing",
};
