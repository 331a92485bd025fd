import type { reportsPtBR } from "./reports.pt-BR";

/** The client dashboard's reports pages. */
export const reportsEn: typeof reportsPtBR = {
  title: "Reports",
  description:
    "One report a month, generated on the 1st with the previous month's figures: availability, performance, traffic, support and ads.",
  listTitle: "Monthly reports",
  open: "View report",
  generatedAt: "Generated on {date}",
  noFigures: "This month's figures appear when the report is ready.",
  empty: {
    title: "No reports yet",
    body: "The first report is generated on the 1st of next month, with the figures of the month that ended. We'll email you.",
  },
  statuses: { pending: "Queued", generating: "Generating", ready: "Ready", failed: "Failed" },
  statusNotes: {
    pending: "This report is queued and will be generated shortly.",
    generating: "We are generating this report. Come back in a few minutes.",
    failed: "Generating this report failed. The agency has been notified and will generate it again.",
  },
  detail: {
    title: "{month} report",
    description: "The figures of {month}, in your organization's time zone.",
    download: "Download PDF",
    preparing: "PDF being prepared",
    preparingBody: "The PDF of this report is being prepared. The figures below are already complete.",
    previous: "Previous month: {value}",
    trendTitle: "The last few months",
    trendPerformance: "Performance score per month",
    trendRequests: "Requests per month",
    trendAds: "Ad spend and revenue per month",
    month: "Month",
  },
  sections: {
    availability: "Availability",
    performance: "Site performance",
    traffic: "Traffic",
    support: "Support and deliveries",
    ads: "Ads",
  },
  figures: {
    requests: "Requests",
    bandwidth_bytes: "Data transferred",
    performance_score: "Performance score (Lighthouse)",
    lcp_ms: "Average LCP",
    incidents: "Incidents",
    downtime_minutes: "Downtime",
    uptime_percent: "Availability",
    tickets_opened: "Tickets opened",
    tickets_resolved: "Tickets resolved",
    deliveries: "Deliveries",
    ad_cost: "Ad spend",
    ad_revenue: "Attributed revenue",
    ad_conversions: "Conversions",
    roas: "ROAS",
  },
  hints: {
    performance_score: "Average of the month's analyses, from 0 to 100",
    lcp_ms: "Time until the largest content shows; good up to {good}",
    downtime_minutes: "Counting major and critical incidents",
    roas: "Revenue ÷ spend",
  },
  units: {
    score: "{score} out of 100",
    roas: "{value}×",
  },
  pdfFileName: "report-{period}.pdf",
};
