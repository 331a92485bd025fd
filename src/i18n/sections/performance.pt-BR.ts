/** The client dashboard's performance pages. */
export const performancePtBR = {
  title: "Performance",
};
