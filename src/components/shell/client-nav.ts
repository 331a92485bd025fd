import type { Dictionary } from "../../i18n/dictionary";
import type { NavItem } from "./nav-item";

/** The client dashboard's sections, in the order the product roadmap delivers them. */
export function clientNav(t: Dictionary): NavItem[] {
  const nav = t.app.nav;
  return [
    { label: nav.overview, icon: "home", href: "/app" },
    { label: nav.projects, icon: "folder" },
    { label: nav.domains, icon: "globe" },
    { label: nav.hosting, icon: "server" },
    { label: nav.files, icon: "file" },
    { label: nav.tickets, icon: "ticket" },
    { label: nav.performance, icon: "gauge" },
    { label: nav.uptime, icon: "activity" },
    { label: nav.campaigns, icon: "megaphone" },
    { label: nav.reports, icon: "chart" },
    { label: nav.team, icon: "users" },
    { label: nav.billing, icon: "card" },
  ];
}
