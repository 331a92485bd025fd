import type { monitoringPtBR } from "./monitoring.pt-BR";

/** What the scheduled jobs write and send: incident titles and the notices of uptime, SLA and usage. */
export const monitoringEn: typeof monitoringPtBR = {
  fallback: "If the button does not work, paste this address into your browser:",
  incidentTitle: "{url} is down",
  failureReasons: {
    timeout: "no answer within the time limit",
    too_many_redirects: "too many redirects",
    response_too_large: "the response is too large",
    keyword_missing: "the expected word is missing from the page",
    http: "answered with HTTP status {status}",
    tls: "TLS certificate refused ({code})",
    dns: "the name does not resolve ({code})",
    other: "connection failed ({code})",
  },
  incidentOpened: {
    subject: "Down: {url}",
    preview: "{url} has not answered since {since}.",
    heading: "{url} is down",
    intro: "The last two checks of {url} failed. The agency has been alerted.",
    since: "Down since",
    reason: "Reason",
    action: "See the status",
    footer: "You received this email as an owner or admin of {organization} on Arco.",
  },
  incidentResolved: {
    subject: "Back up: {url}",
    preview: "{url} answers again after {downtime}.",
    heading: "{url} is back up",
    intro: "{url} answers normally again.",
    downtime: "Downtime",
    resolvedAt: "Back up at",
    action: "See the status",
    footer: "You received this email as an owner or admin of {organization} on Arco.",
  },
  minutes: { one: "{count} minute", other: "{count} minutes" },
  slaDue: {
    subject: "[#{number}] First response due at {due}: {subject}",
    preview: "Ticket #{number} of {organization} needs an answer by {due}.",
    heading: "Ticket #{number} is due soon",
    intro: "The ticket “{subject}” of {organization} has had no first response yet.",
    footer: "You received this email as a member of the agency team on Arco.",
  },
  slaBreached: {
    subject: "[#{number}] Response time missed: {subject}",
    preview: "Ticket #{number} of {organization} missed its first-response time.",
    heading: "Ticket #{number} missed its response time",
    intro: "The ticket “{subject}” of {organization} passed its plan's first-response time without an answer.",
    footer: "You received this email as a member of the agency team on Arco.",
  },
  sla: { organization: "Client", due: "Due", action: "Open the ticket" },
  usageWarning: {
    subject: "{organization} used {percent} of its {limit} in {month}",
    preview: "In {month}, {organization} used {used} of {max} ({percent}).",
    heading: "{percent} of {limit} used in {month}",
    intro:
      "In {month}, {organization} came close to the {plan} plan's limit. If it happens again, a larger plan keeps new requests from being refused.",
    used: "Used",
    max: "Limit",
    action: "See plans",
    footer: "You received this email as an owner of {organization} on Arco.",
    limits: { tickets_per_month: "monthly tickets", storage_bytes: "storage" },
  },
  reportReady: {
    subject: "{organization}'s {month} report",
    preview: "The {month} report is ready: availability, performance, support and ads.",
    heading: "The {month} report is ready",
    intro: "The figures of {month} for {organization} are in the PDF report.",
    action: "See the report",
    footer: "You received this email as an owner or admin of {organization} on Arco.",
  },
  domainExpiry: {
    ssl: {
      subject: "The certificate of {domain} expires in {days}",
      heading: "The certificate of {domain} expires in {days}",
      intro:
        "The TLS certificate of {domain} is valid until {date}. The agency takes care of renewing it; this is a heads-up so the site never shows security warnings.",
    },
    registration: {
      subject: "The registration of {domain} ends in {days}",
      heading: "The registration of {domain} ends in {days}",
      intro:
        "The registration of the domain {domain} ends on {date}. Without a renewal, the site and the domain's email stop.",
    },
    endsOn: "Ends on",
    action: "See the domain",
    days: { one: "{count} day", other: "{count} days" },
    footer: "You received this email as an owner or admin of {organization} on Arco.",
  },
};
