import { z } from "zod";
import type { reports } from "@/src/db/schema";
import { isoDate } from "../pagination";

export const reportResource = z
  .object({
    id: z.uuid(),
    period: z.iso.date().describe("First day of the month the report covers."),
    status: z.enum(["pending", "generating", "ready", "failed"]),
    generated_at: z.iso.datetime().nullable(),
    summary: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "Report" });

export function toReportResource(row: typeof reports.$inferSelect): z.output<typeof reportResource> {
  return {
    id: row.id,
    period: row.period,
    status: row.status,
    generated_at: isoDate(row.generatedAt),
    summary: row.summary,
  };
}
