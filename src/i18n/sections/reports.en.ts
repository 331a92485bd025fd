import type { reportsPtBR } from "./reports.pt-BR";

/** The client dashboard's reports pages. */
export const reportsEn: typeof reportsPtBR = {
  title: "Reports",
};
