/** The client dashboard's projects pages. */
export const projectsPtBR = {
  title: "Projetos",
};
