import { z } from "zod";

const optional = (schema: z.ZodString) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

/** "Add monitor": an http(s) URL as the database accepts it, and an optional word the page must contain. */
export const addMonitorSchema = z.object({
  url: z
    .string()
    .trim()
    .max(2048)
    .pipe(z.url({ protocol: /^https?$/ })),
  keyword: optional(z.string().trim().max(200)),
});

export const monitorIdSchema = z.object({ id: z.uuid() });
