import { z } from "zod";

const single = (value: unknown) => (Array.isArray(value) || value === "" ? undefined : value);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const auditActions = ["insert", "update", "delete"] as const;

/**
 * `/admin/audit?org=<slug>&actor=<uuid>&table=projects&action=update&from=2026-12-01&to=2026-12-07&viewAs=1`:
 * filters live in the URL; anything malformed is ignored rather than an error.
 */
export const auditSearchSchema = z.object({
  org: z
    .preprocess(
      single,
      z
        .string()
        .regex(/^[a-z0-9-]{1,48}$/)
        .optional(),
    )
    .catch(undefined),
  actor: z.preprocess(single, z.uuid().optional()).catch(undefined),
  table: z
    .preprocess(
      single,
      z
        .string()
        .regex(/^[a-z_]{1,63}$/)
        .optional(),
    )
    .catch(undefined),
  action: z.preprocess(single, z.enum(auditActions).optional()).catch(undefined),
  from: z.preprocess(single, day.optional()).catch(undefined),
  to: z.preprocess(single, day.optional()).catch(undefined),
  viewAs: z.preprocess(single, z.literal("1").optional()).catch(undefined),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(10_000).default(1)).catch(1),
});

export type AuditSearch = z.output<typeof auditSearchSchema>;

export function auditHref(search: Partial<AuditSearch>): string {
  const params = new URLSearchParams();
  for (const key of ["org", "actor", "table", "action", "from", "to", "viewAs"] as const) {
    const value = search[key];
    if (value) params.set(key, value);
  }
  if (search.page && search.page > 1) params.set("page", String(search.page));
  const query = params.toString();
  return query ? `/admin/audit?${query}` : "/admin/audit";
}
