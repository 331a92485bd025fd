import type { overviewPtBR } from "./overview.pt-BR";

/** The client dashboard's overview: the organization's whole digital estate at a glance. */
export const overviewEn: typeof overviewPtBR = {
  title: "Overview",
  description: "{plan} plan · You are {role}",
  health: {
    uptime: "Uptime (30 days)",
    uptimeNone: "No checks yet",
    performance: "Performance (Lighthouse)",
    performanceNone: "No measurement yet",
    trendUp: "{points} points above the median of the previous 30 days",
    trendDown: "{points} points below the median of the previous 30 days",
    trendFlat: "Steady compared with the previous 30 days",
    measured: "Measured {when}",
    openTickets: "Open tickets",
    nextSla: "Next response due {when}: #{number}",
    nextSlaOverdue: "Response overdue, it was due {when}: #{number}",
    noSlaDue: "No response pending",
    adSpend: "Ad spend this month",
    adDetail: "{conversions} conversions · ROAS {roas}",
    adNone: "Your plan doesn't include campaigns",
  },
  incident: {
    title: "Ongoing incident: {title}",
    body: "Started {when}. Severity: {severity}. The agency is working on it.",
    link: "See uptime",
  },
  severities: { minor: "minor", major: "major", critical: "critical" },
  certificates: {
    title: "SSL certificates expiring within 30 days",
    expires: "expires {when}",
    expired: "expired {when}",
  },
  usage: { title: "Plan and usage", manage: "See billing" },
  milestones: {
    title: "Next milestones",
    empty: "No open milestones. When the agency plans the next steps, they show up here.",
    due: "by {date}",
    noDate: "no date",
  },
  deliveries: {
    title: "Recent deliveries",
    empty: "No deliveries yet. Each delivery from the agency shows up here with its link.",
    open: "Open",
  },
};
