import { z } from "zod";

/** What a search reads of its question: enough for any sentence; a longer paste is cut here, never refused. */
export const SEARCH_QUERY_MAX = 500;

export const searchParamsSchema = z.object({
  q: z
    .string()
    .optional()
    .catch(undefined)
    .transform((value) => value?.replace(/\s+/g, " ").trim().slice(0, SEARCH_QUERY_MAX) || undefined),
});
