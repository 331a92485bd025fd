import type { performancePtBR } from "./performance.pt-BR";

/** The client dashboard's performance pages. */
export const performanceEn: typeof performancePtBR = {
  title: "Performance",
};
