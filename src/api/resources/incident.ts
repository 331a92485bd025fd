import { z } from "zod";
import type { incidents } from "@/src/db/schema";
import { isoDate } from "../pagination";

export const incidentResource = z
  .object({
    id: z.uuid(),
    project_id: z.uuid().nullable(),
    title: z.string(),
    severity: z.enum(["minor", "major", "critical"]),
    started_at: z.iso.datetime(),
    resolved_at: z.iso.datetime().nullable().describe("Null while the incident is ongoing."),
    cause: z.string().nullable(),
    postmortem: z.string().nullable(),
  })
  .meta({ id: "Incident" });

export function toIncidentResource(row: typeof incidents.$inferSelect): z.output<typeof incidentResource> {
  return {
    id: row.id,
    project_id: row.projectId,
    title: row.title,
    severity: row.severity,
    started_at: isoDate(row.startedAt)!,
    resolved_at: isoDate(row.resolvedAt),
    cause: row.cause,
    postmortem: row.postmortem,
  };
}
