import type { campaignsPtBR } from "./campaigns.pt-BR";

/** The client dashboard's campaigns pages. */
export const campaignsEn: typeof campaignsPtBR = {
  title: "Campaigns",
};
