/** The client dashboard's campaigns pages. */
export const campaignsPtBR = {
  title: "Campanhas",
};
