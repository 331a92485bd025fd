/** The client dashboard's infrastructure pages. */
export const infrastructurePtBR = {
  title: "Hospedagem e infraestrutura",
};
