import type { Dictionary } from "../../i18n/dictionary";
import type { NavItem } from "./nav-item";

/** The agency area's sections; one without `href` is announced as arriving in a later release. */
export function adminNav(t: Dictionary): NavItem[] {
  const nav = t.admin.nav;
  return [
    { label: nav.overview, icon: "home", href: "/admin", exact: true },
    { label: nav.clients, icon: "building", href: "/admin/clients" },
    { label: nav.tickets, icon: "ticket", href: "/admin/tickets" },
    { label: nav.search, icon: "search", href: "/admin/search" },
    { label: nav.leads, icon: "inbox", href: "/admin/leads" },
    { label: nav.revenue, icon: "chart", href: "/admin/revenue" },
    { label: nav.auditLog, icon: "list", href: "/admin/audit" },
    { label: nav.jobs, icon: "cog", href: "/admin/jobs" },
    { label: nav.staff, icon: "users", href: "/admin/staff" },
  ];
}
