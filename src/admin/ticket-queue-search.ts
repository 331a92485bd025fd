import { z } from "zod";
import { ticketStatuses } from "@/src/tickets/ticket-status";
import { clientTiers } from "./client-list-search";

const single = (value: unknown) => (Array.isArray(value) || value === "" ? undefined : value);

export const queueViews = ["all", "mine", "unassigned", "breached"] as const;

/**
 * `/admin/tickets?view=mine&client=<slug>&tier=pro&status=open&page=2`. Without a status the queue shows what is
 * still the agency's to handle (open, in progress, waiting on the client).
 */
export const ticketQueueSearchSchema = z.object({
  view: z.preprocess(single, z.enum(queueViews).default("all")).catch("all"),
  client: z
    .preprocess(
      single,
      z
        .string()
        .regex(/^[a-z0-9-]{1,48}$/)
        .optional(),
    )
    .catch(undefined),
  tier: z.preprocess(single, z.enum(clientTiers).optional()).catch(undefined),
  status: z.preprocess(single, z.enum(ticketStatuses).optional()).catch(undefined),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(10_000).default(1)).catch(1),
});

export type TicketQueueSearch = z.output<typeof ticketQueueSearchSchema>;

export function ticketQueueHref(search: Partial<TicketQueueSearch>): string {
  const params = new URLSearchParams();
  if (search.view && search.view !== "all") params.set("view", search.view);
  if (search.client) params.set("client", search.client);
  if (search.tier) params.set("tier", search.tier);
  if (search.status) params.set("status", search.status);
  if (search.page && search.page > 1) params.set("page", String(search.page));
  const query = params.toString();
  return query ? `/admin/tickets?${query}` : "/admin/tickets";
}
