import { z } from "zod";

/** A value the URL gives once and not blank; a repeated or empty parameter is as good as absent. */
const single = (value: unknown) => (Array.isArray(value) || value === "" ? undefined : value);

export const clientSortKeys = ["name", "tier", "mrr", "usage", "tickets", "activity"] as const;
export type ClientSortKey = (typeof clientSortKeys)[number];
export const clientTiers = ["free", "basic", "pro", "enterprise"] as const;

/**
 * `/admin/clients?q=moda&tier=pro&sort=usage&dir=desc&page=2`: filters, sort and page live in the URL so a view
 * can be shared; anything unknown or malformed falls back to the default rather than failing.
 */
export const clientListSearchSchema = z.object({
  q: z
    .preprocess(single, z.string().optional())
    .transform((value) => value?.trim().slice(0, 100) || undefined)
    .catch(undefined),
  tier: z.preprocess(single, z.enum(clientTiers).optional()).catch(undefined),
  sort: z.preprocess(single, z.enum(clientSortKeys).default("name")).catch("name"),
  dir: z.preprocess(single, z.enum(["asc", "desc"]).default("asc")).catch("asc"),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(10_000).default(1)).catch(1),
});

export type ClientListSearch = z.output<typeof clientListSearchSchema>;

/** The list's URL for `search`, leaving out the defaults so links stay short. */
export function clientListHref(search: Partial<ClientListSearch>): string {
  const params = new URLSearchParams();
  if (search.q) params.set("q", search.q);
  if (search.tier) params.set("tier", search.tier);
  if (search.sort && search.sort !== "name") params.set("sort", search.sort);
  if (search.dir && search.dir !== "asc") params.set("dir", search.dir);
  if (search.page && search.page > 1) params.set("page", String(search.page));
  const query = params.toString();
  return query ? `/admin/clients?${query}` : "/admin/clients";
}
