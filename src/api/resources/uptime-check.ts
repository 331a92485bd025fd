import { z } from "zod";
import type { uptimeChecks } from "@/src/db/schema";
import { isoDate } from "../pagination";

export const uptimeCheckResource = z
  .object({
    id: z.uuid(),
    project_id: z.uuid().nullable(),
    url: z.string(),
    checked_at: z.iso.datetime(),
    status_code: z.number().int().nullable(),
    response_ms: z.number().int().nullable(),
    ok: z.boolean(),
  })
  .meta({ id: "UptimeCheck" });

export function toUptimeCheckResource(row: typeof uptimeChecks.$inferSelect): z.output<typeof uptimeCheckResource> {
  return {
    id: row.id,
    project_id: row.projectId,
    url: row.url,
    checked_at: isoDate(row.checkedAt)!,
    status_code: row.statusCode,
    response_ms: row.responseMs,
    ok: row.ok,
  };
}
