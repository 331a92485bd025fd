export type IncidentSeverity = "minor" | "major" | "critical";

const MINUTE = 60_000;

/** An outage grows in severity with its length: under 15 minutes minor, under an hour major, then critical. */
export function incidentSeverity(downMs: number): IncidentSeverity {
  if (downMs < 15 * MINUTE) return "minor";
  if (downMs < 60 * MINUTE) return "major";
  return "critical";
}
