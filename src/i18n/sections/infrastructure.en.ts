import type { infrastructurePtBR } from "./infrastructure.pt-BR";

/** The client dashboard's infrastructure pages. */
export const infrastructureEn: typeof infrastructurePtBR = {
  title: "Hosting and infrastructure",
};
