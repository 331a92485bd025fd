import type { Dictionary } from "../../i18n/dictionary";
import type { NavItem } from "./nav-item";

export function adminNav(t: Dictionary): NavItem[] {
  const nav = t.admin.nav;
  return [
    { label: nav.overview, icon: "home", href: "/admin" },
    { label: nav.clients, icon: "building" },
    { label: nav.tickets, icon: "ticket" },
    { label: nav.leads, icon: "inbox" },
    { label: nav.revenue, icon: "chart" },
    { label: nav.auditLog, icon: "list" },
    { label: nav.jobs, icon: "cog" },
  ];
}
