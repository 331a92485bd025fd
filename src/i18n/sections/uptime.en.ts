import type { uptimePtBR } from "./uptime.pt-BR";

/** The client dashboard's uptime pages. */
export const uptimeEn: typeof uptimePtBR = {
  title: "Uptime",
  description: "Whether your sites are up, how fast they answer, and the incidents the agency handled.",
  windows: {
    day: "Last 24 hours",
    week: "Last 7 days",
    month: "Last 30 days",
    quarter: "Last 90 days",
  },
  checks: { one: "{count} check", other: "{count} checks" },
  noChecks: "No checks",
  statusBar: {
    title: "Day by day",
    description: "The last 90 days, one block per day: from {from} to today.",
    listLabel: "Status of each of the last 90 days",
    legendLabel: "Legend",
    statuses: {
      up: "All operational",
      partial: "Some failures",
      down: "Mostly down",
      none: "No data",
    },
    day: "{date}: {status}",
    dayDetail: "{date}: {status} ({ok} of {checks} checks ok)",
    start: "90 days ago",
    today: "Today",
    status: "Status",
    checks: "Checks",
    ok: "Successful",
  },
  response: {
    title: "Response time",
    description:
      "Mean and p95 per day (95% of responses were faster than the p95). Only checks that got an answer count.",
    rangeLabel: "Response time period",
    range: "{days} days",
    average: "Mean",
    p95: "p95",
    empty: "No responses recorded in this period",
    emptyBody: "Once the agency turns on monitoring for your site, checks start within minutes.",
  },
  incidents: {
    title: "Incident history",
    ongoingTitle: "Ongoing incident",
    ongoingSince: "Started {when} ({date}). The agency is working on it.",
    historyEmpty: "No earlier incidents recorded.",
    severities: { minor: "Minor", major: "Major", critical: "Critical" },
    severity: "Severity",
    project: "Project",
    started: "Started",
    duration: "Duration",
    ongoing: "Ongoing",
    cause: "Cause",
    postmortem: "Postmortem",
    noPostmortem: "The postmortem has not been published yet.",
    empty: "No incidents recorded",
    emptyBody:
      "If a site goes down or becomes unstable, the agency records here what happened, the cause and what was done.",
    truncated: "Showing the latest {shown} of {total} resolved incidents.",
  },
};
