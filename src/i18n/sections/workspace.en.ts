import type { workspacePtBR } from "./workspace.pt-BR";

/** The client dashboard's frame and the words its pages share (limits, statuses, empty states, charts). */
export const workspaceEn: typeof workspacePtBR = {
  breadcrumbsLabel: "You are here",
  loading: "Loading the page…",
  showTable: "Show as table",
  day: "Day",
  date: "Date",
  none: "—",
  switcher: {
    label: "Switch organization",
    current: "Current organization",
    all: "Your organizations",
  },
  chooser: {
    title: "Choose an organization",
    body: "You belong to more than one organization. Next time we'll open the one you used last.",
    open: "Open",
  },
  planBadge: "{plan} plan",
  impersonation: {
    title: "You are viewing Arco as {name}",
    by: "by {name}, agency staff",
    readOnly: "Read-only",
    writable: "Changes allowed",
    endsAt: "Ends {time}",
    reason: "Reason: {reason}",
    stop: "Stop viewing",
  },
  roles: { owner: "Owner", admin: "Admin", member: "Member" },
  limits: {
    projects: "Projects",
    domains: "Domains",
    team_members: "Team (pending invitations included)",
    tickets_per_month: "Tickets this month",
    storage_bytes: "Storage",
    of: "{used} of {limit}",
    unlimited: "{used} · unlimited",
    reached: "You use {used} of {limit} {what} on the {plan} plan.",
    upgradeTo: "Upgrade to {plan} to get {limit}.",
    upgradeCta: "See plans",
    resetsOn: "Resets on {date}",
  },
  tiers: { free: "Free", basic: "Basic", pro: "Pro", enterprise: "Enterprise" },
  checkCadence: { weekly: "weekly", daily: "daily", hourly: "hourly" },
  notAvailable: {
    title: "Section coming soon",
    body: "This section arrives in an upcoming release of Arco.",
  },
  error: {
    title: "This section could not be loaded",
    body: "Try again. If it keeps failing, open a ticket with the agency.",
    retry: "Try again",
  },
};
