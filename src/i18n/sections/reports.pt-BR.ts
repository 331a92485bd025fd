/** The client dashboard's reports pages. */
export const reportsPtBR = {
  title: "Relatórios",
};
