/** The client dashboard's uptime pages. */
export const uptimePtBR = {
  title: "Disponibilidade",
};
