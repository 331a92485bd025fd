import type { performancePtBR } from "./performance.pt-BR";

/** The client dashboard's performance pages. */
export const performanceEn: typeof performancePtBR = {
  title: "Performance",
  description: "Your site's Lighthouse scores and Core Web Vitals over time.",
  cadence: "Your {plan} plan measures {cadence}.",
  customChecks: "You can also ask the agency for custom checks.",
  urlLabel: "Measured page",
  rangeLabel: "History period",
  range: "{days} days",
  ratings: { good: "good", needsImprovement: "needs improvement", poor: "poor" },
  empty: {
    title: "No measurements yet",
    body: "As soon as the agency adds your site's address, the {cadence} checks start and their results show up here.",
  },
  latest: {
    title: "Latest measurement",
    measured: "{url} · measured {when} ({date})",
    scoresHeading: "Lighthouse scores from 0 to 100",
    bandsNote: "Google's bands: 0–49 poor, 50–89 needs improvement, 90–100 good.",
  },
  vitals: {
    lcp: { name: "Largest Contentful Paint (LCP)", hint: "When the largest visible element appears." },
    inp: { name: "Interaction to Next Paint (INP)", hint: "How long the page takes to react to a tap or click." },
    cls: { name: "Cumulative Layout Shift (CLS)", hint: "How much the content jumps while the page loads." },
    fcp: { name: "First Contentful Paint (FCP)", hint: "When the first text or image appears." },
    ttfb: { name: "Time to First Byte (TTFB)", hint: "How long the server takes to start answering." },
  },
  lab: {
    title: "Core Web Vitals in the lab",
    description: "The median of each day's Lighthouse runs, against Google's thresholds.",
    series: "Lighthouse (daily median)",
    latest: "Latest run: {value}",
    thresholds: "Good up to {good} · poor above {poor}",
    bandGood: "Good (up to {value})",
    bandNeedsImprovement: "Needs improvement",
    bandPoor: "Poor (above {value})",
    noData: "No measurements of this metric in the period.",
    inpNotMeasured:
      "Lighthouse does not measure INP: it depends on real people's interactions. See INP in the real-user data.",
  },
  scores: {
    title: "Scores over time",
    description: "The median of each day's scores, from 0 to 100.",
  },
  field: {
    title: "Real-user data (p75)",
    description:
      "Measured by Chrome on real visits to your site (Chrome UX Report). The p75 is the value 75% of visits met or beat: the figure Google uses in search.",
    series: "Real users (p75)",
    measured: "Latest data: {date}",
    latest: "Latest p75: {value}",
    empty: "No real-user data for this page yet. Chrome only publishes it once a site has enough visits.",
  },
  baseline: {
    title: "Before and now",
    description: "The free analysis of {date} ({url}) is the starting point. Compare it with the latest measurement.",
    caption: "The initial analysis compared with the latest measurement",
    metric: "Measure",
    before: "Before",
    now: "Now",
  },
};
