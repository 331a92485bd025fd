/** The client dashboard's billing pages. */
export const billingPtBR = {
  title: "Cobrança",
};
