import type { uptimePtBR } from "./uptime.pt-BR";

/** The client dashboard's uptime pages. */
export const uptimeEn: typeof uptimePtBR = {
  title: "Uptime",
};
