import type { SearchHit } from "./queries/search-documents";

type HitSource = Pick<SearchHit, "sourceKind" | "sourceRef" | "ticketId" | "orgSlug">;

/** Where a hit's source lives in the client dashboard. */
export function sourceHref(hit: HitSource): string {
  const base = `/app/${hit.orgSlug}`;
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

/**
 * Where a hit's source lives in the agency area: tickets in the queue's conversation; the rest on the client's
 * page (the client's own pages are reached from there through "view as", which is audited).
 */
export function adminSourceHref(hit: HitSource): string {
  if (hit.sourceKind === "ticket") return `/admin/tickets/${hit.sourceRef}`;
  if (hit.sourceKind === "ticket_message" && hit.ticketId) return `/admin/tickets/${hit.ticketId}`;
  return `/admin/clients/${hit.orgSlug}`;
}
