import { z } from "zod";
import { ticketPriorities, ticketStatuses } from "./ticket-status";

/** A value the URL gives once and not blank; a repeated or empty parameter is as good as absent. */
const single = (value: unknown) => (Array.isArray(value) || value === "" ? undefined : value);

/**
 * `/tickets?status=open&priority=high&project=<id>&q=formulário&page=2`. The filters live in the URL so a
 * filtered list can be shared and reloaded; an unknown, malformed or repeated value is ignored rather than an
 * error, and an over-long search is cut to what a subject can hold.
 */
export const ticketListSearchSchema = z.object({
  status: z.preprocess(single, z.enum(ticketStatuses).optional()).catch(undefined),
  priority: z.preprocess(single, z.enum(ticketPriorities).optional()).catch(undefined),
  project: z.preprocess(single, z.uuid().optional()).catch(undefined),
  q: z
    .preprocess(single, z.string().optional())
    .transform((value) => value?.trim().slice(0, 200) || undefined)
    .catch(undefined),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(10_000).optional()).catch(undefined),
});

export type TicketListSearch = {
  [Key in keyof z.output<typeof ticketListSearchSchema>]?: z.output<typeof ticketListSearchSchema>[Key];
};

/** The list's URL for `search`, leaving out what is not set (and page 1), so links stay short. */
export function ticketListHref(base: string, search: TicketListSearch): string {
  const params = new URLSearchParams();
  if (search.status) params.set("status", search.status);
  if (search.priority) params.set("priority", search.priority);
  if (search.project) params.set("project", search.project);
  if (search.q) params.set("q", search.q);
  if (search.page && search.page > 1) params.set("page", String(search.page));
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
