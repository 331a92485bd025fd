import { z } from "zod";
import { pageQuery } from "./pagination";

/** Filters of the time series (performance, uptime): one project, since a moment. */
export const measurementQuery = pageQuery.extend({
  project_id: z.uuid().optional().describe("Only this project's measurements."),
  // The format is stated for the OpenAPI document: a coerced date has no JSON Schema of its own.
  since: z.coerce
    .date()
    .meta({ type: "string", format: "date-time" })
    .optional()
    .describe("Only measurements at or after this moment (ISO 8601)."),
});
