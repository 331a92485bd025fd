import type { LeadEmailTexts } from "./lead-emails.pt-BR";

/** Texts of the funnel's emails (welcome and nurture), English. */
export const leadEmailsEn: LeadEmailTexts = {
  brand: "Arco",
  /** Stands in for {site} when the lead left no address. */
  siteFallback: "your site",
  scores: {
    heading: "Lighthouse scores",
    performance: "Performance",
    accessibility: "Accessibility",
    bestPractices: "Best practices",
    seo: "SEO",
    good: "good",
    average: "needs improvement",
    poor: "poor",
    missing: "no score",
  },
  footer: {
    welcome: "You received this email because you asked for an analysis of {site} on Arco.",
    nurture: "You receive these emails because you agreed to get tips from Arco when you analyzed {site}.",
    unsubscribe: "I don't want emails from Arco any more",
  },
  welcome: {
    subject: "Your report for {site}",
    preview: "Performance, accessibility, best practices and SEO of {site}, with what to fix first.",
    heading: "Your report for {site}",
    intro:
      "Thanks for using Arco's free analyzer. Your Lighthouse report is at this link: come back to it whenever you like and share it with whoever looks after the site.",
    running:
      "The analysis was still running when we sent this email; the link shows the result as soon as it is ready.",
    failed: "We could not finish the analysis. Open the link to see why and try again with another address.",
    openReport: "Open the report",
    monitorHeading: "Keep an eye on this site",
    monitorBody:
      "Create a free account and this report becomes the baseline of your first project: Arco analyzes the site again regularly and tells you when something gets worse.",
    signUp: "Create a free account",
  },
  nurture: {
    openReport: "Review my report",
    analyzeAgain: "Analyze a site",
    signUp: "Create a free account",
    day3: {
      subject: "What Core Web Vitals measure (and why Google cares)",
      preview: "Three numbers that tell whether your site feels fast to the people visiting it.",
      heading: "The three metrics Google uses to measure experience",
      intro:
        "Google uses the Core Web Vitals as one of its ranking signals, and visitors feel each of them, even without knowing their names:",
      lcp: "LCP (Largest Contentful Paint): how long the largest element of the page takes to appear. Good: up to 2.5 s.",
      inp: "INP (Interaction to Next Paint): how long the page takes to react to a click or tap. Good: up to 200 ms.",
      cls: "CLS (Cumulative Layout Shift): how much the content jumps around while it loads. Good: up to 0.1.",
      yourSite: "In your report, {site} had an LCP of {lcp} and a CLS of {cls}.",
      lab: "The report measures in a lab; INP only shows up with real visitors, so Total Blocking Time stands in for it.",
    },
    day7: {
      subject: "Quick wins for {site}",
      preview: "The fixes in your report that save the most loading time.",
      heading: "Where to start on {site}",
      intro:
        "We went back to your report and picked the opportunities with the largest estimated savings. They are usually small changes with a big effect:",
      saving: "estimated saving of {amount}",
      none: "Your report showed no big performance opportunity, which is a great sign. Have a look at the accessibility and SEO items that scored below 90.",
      noReport:
        "When you analyze a site, the report lists the fixes that save the most time. The most common ones: images in modern formats (WebP, AVIF), scripts that block rendering, and JavaScript the page does not even use. Analyze your site to see its own.",
      closing: "If you like, our team can make these fixes for you.",
    },
    day14: {
      subject: "Why one analysis is not enough",
      preview: "Sites get worse little by little, with every update; following them is what avoids surprises.",
      heading: "Sites get slower without anyone noticing",
      intro:
        "Every new release, plugin, ad script or larger image can cost a few tenths of a second, and nobody notices until sales or rankings drop.",
      points:
        "With Arco the site is analyzed on a schedule, you see the history of its Core Web Vitals, you get alerts when it goes down or its SSL certificate or domain is about to expire, and a monthly PDF report.",
      closing: "It is the report you already received, repeated and compared with the previous one.",
    },
    day30: {
      subject: "Last email: monitor {site} for free",
      preview: "The free plan checks one site every week, no credit card needed.",
      heading: "Start following {site} today",
      intro:
        "This is the last email of this series. If you want to know when the site gets worse before your customers do, Arco's free plan follows one project with a weekly analysis, no credit card needed.",
      offer: "Sign up with this email address and the analysis you ran becomes the first measurement of your project.",
      closing:
        "Thanks for trying the analyzer. If you would rather not, just ignore this email: no more of this series will follow.",
    },
  },
};
