import { z } from "zod";

/** `limit` and `offset` of a list: at most 100 rows a page. */
export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50).describe("Rows per page, 1 to 100."),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe("Rows to skip."),
});
export type PageQuery = z.output<typeof pageQuery>;

/** A page of `item`s and where the next one starts (null: this was the last). */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    pagination: z.object({
      limit: z.number().int(),
      offset: z.number().int(),
      next_offset: z.number().int().nullable(),
    }),
  });
}

/** Queries read `limit + 1` rows: the extra one says whether another page exists, and is not returned. */
export function toPage<T>(rows: T[], { limit, offset }: PageQuery) {
  return {
    data: rows.slice(0, limit),
    pagination: { limit, offset, next_offset: rows.length > limit ? offset + limit : null },
  };
}

export const isoDate = (value: Date | null) => (value === null ? null : value.toISOString());
