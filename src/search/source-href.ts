import type { SearchHit } from "./queries/search-documents";

/** Where a hit's source lives in the client dashboard. */
export function sourceHref(slug: string, hit: Pick<SearchHit, "sourceKind" | "sourceRef" | "ticketId">): string {
  const base = `/app/${slug}`;
  switch (hit.sourceKind) {
    case "project":
      return `${base}/projects/${hit.sourceRef}`;
    case "ticket":
      return `${base}/tickets/${hit.sourceRef}`;
    case "ticket_message":
      return hit.ticketId ? `${base}/tickets/${hit.ticketId}` : `${base}/tickets`;
    case "incident":
      return `${base}/uptime`;
    case "report":
      return `${base}/reports`;
    default:
      return `${base}/projects`;
  }
}
