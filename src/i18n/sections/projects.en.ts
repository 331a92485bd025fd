import type { projectsPtBR } from "./projects.pt-BR";

/** The client dashboard's projects pages. */
export const projectsEn: typeof projectsPtBR = {
  title: "Projects",
};
