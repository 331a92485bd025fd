import { z } from "zod";

/** The tables a figure may come from: each figure names its source row, so a citation links to it. */
export const figureSources = ["reports", "incidents", "campaigns", "performance_metrics", "support_tickets"] as const;

/** One figure the model is given: an id it cites ("F3"), what it is, its value, and the row it came from. */
export const insightFigureSchema = z.object({
  id: z.string().regex(/^F\d{1,3}$/),
  label: z.string().min(1).max(200),
  value: z.union([z.number(), z.string().max(200)]),
  previous: z.number().nullable(),
  unit: z.string().max(20),
  /** For a report's figure: its key in the report's summary, so the page can name and format it like the report. */
  key: z.string().max(40).optional(),
  source: z.object({ table: z.enum(figureSources), id: z.uuid() }),
});
export type InsightFigure = z.output<typeof insightFigureSchema>;

/** Where a figure's source row is shown in the client dashboard. */
export function figureHref(slug: string, figure: Pick<InsightFigure, "source">): string {
  const base = `/app/${slug}`;
  switch (figure.source.table) {
    case "reports":
      return `${base}/reports/${figure.source.id}`;
    case "support_tickets":
      return `${base}/tickets/${figure.source.id}`;
    case "incidents":
      return `${base}/uptime#incident-${figure.source.id}`;
    case "campaigns":
      return `${base}/campaigns#campaign-${figure.source.id}`;
    case "performance_metrics":
      // The page charts measurements rather than listing them: the citation leads to the chart.
      return `${base}/performance`;
  }
}
