import { z } from "zod";
import type { projects } from "@/src/db/schema";
import { projectStatuses } from "@/src/db/schema/projects";
import { isoDate } from "../pagination";

export const projectResource = z
  .object({
    id: z.uuid(),
    name: z.string(),
    status: z.enum(projectStatuses),
    completion: z.number().int().describe("Percent done, 0 to 100."),
    budget: z.string().nullable().describe("Decimal amount in `currency`."),
    currency: z.string(),
    start_date: z.iso.date().nullable(),
    due_date: z.iso.date().nullable(),
    description: z.string().nullable(),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
  })
  .meta({ id: "Project" });

export function toProjectResource(row: typeof projects.$inferSelect): z.output<typeof projectResource> {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    completion: row.completion,
    budget: row.budget,
    currency: row.currency,
    start_date: row.startDate,
    due_date: row.dueDate,
    description: row.description,
    created_at: isoDate(row.createdAt)!,
    updated_at: isoDate(row.updatedAt)!,
  };
}
