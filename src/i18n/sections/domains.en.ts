import type { domainsPtBR } from "./domains.pt-BR";

/** The client dashboard's domains pages. */
export const domainsEn: typeof domainsPtBR = {
  title: "Domains",
};
