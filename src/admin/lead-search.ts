import { z } from "zod";

const single = (value: unknown) => (Array.isArray(value) || value === "" ? undefined : value);

export const leadStatuses = ["new", "nurturing", "converted", "unsubscribed"] as const;

/** `/admin/leads?q=padaria&status=nurturing&consent=yes&page=2`: filters in the URL, malformed ones ignored. */
export const leadSearchSchema = z.object({
  q: z
    .preprocess(single, z.string().optional())
    .transform((value) => value?.trim().slice(0, 100) || undefined)
    .catch(undefined),
  status: z.preprocess(single, z.enum(leadStatuses).optional()).catch(undefined),
  consent: z.preprocess(single, z.enum(["yes", "no"]).optional()).catch(undefined),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(10_000).default(1)).catch(1),
});

export type LeadSearch = z.output<typeof leadSearchSchema>;

export function leadsHref(search: Partial<LeadSearch>, base = "/admin/leads"): string {
  const params = new URLSearchParams();
  if (search.q) params.set("q", search.q);
  if (search.status) params.set("status", search.status);
  if (search.consent) params.set("consent", search.consent);
  if (search.page && search.page > 1) params.set("page", String(search.page));
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
