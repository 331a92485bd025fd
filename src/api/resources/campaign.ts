import { z } from "zod";
import type { campaigns } from "@/src/db/schema";
import { isoDate } from "../pagination";

export const campaignResource = z
  .object({
    id: z.uuid(),
    platform: z.enum(["google_ads", "meta_ads"]),
    name: z.string(),
    status: z.enum(["active", "paused", "ended"]),
    objective: z.string().nullable(),
    daily_budget: z.string().nullable().describe("Decimal amount in `currency`."),
    currency: z.string(),
    started_on: z.iso.date().nullable(),
    ended_on: z.iso.date().nullable(),
    created_at: z.iso.datetime(),
  })
  .meta({ id: "Campaign" });

export function toCampaignResource(row: typeof campaigns.$inferSelect): z.output<typeof campaignResource> {
  return {
    id: row.id,
    platform: row.platform,
    name: row.name,
    status: row.status,
    objective: row.objective,
    daily_budget: row.dailyBudget,
    currency: row.currency,
    started_on: row.startedOn,
    ended_on: row.endedOn,
    created_at: isoDate(row.createdAt)!,
  };
}
