/** The client dashboard's domains pages. */
export const domainsPtBR = {
  title: "Domínios",
};
