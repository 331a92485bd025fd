import type { NavItem } from "@/src/components/shell/nav-item";
import type { Dictionary } from "@/src/i18n/dictionary";

/**
 * The client dashboard's sections under `/app/<slug>`. A section without `path` is not built yet: it is listed
 * as arriving in an upcoming release, not linked.
 */
export function clientNav(t: Dictionary, slug: string): NavItem[] {
  const nav = t.app.nav;
  const base = `/app/${slug}`;
  const sections: Array<{ label: string; icon: NavItem["icon"]; path?: string }> = [
    { label: nav.overview, icon: "home", path: "" },
    { label: t.search.nav, icon: "search", path: "/search" },
    { label: nav.projects, icon: "folder", path: "/projects" },
    { label: nav.domains, icon: "globe", path: "/domains" },
    { label: nav.hosting, icon: "server", path: "/infrastructure" },
    { label: nav.files, icon: "file", path: "/files" },
    { label: nav.tickets, icon: "ticket", path: "/tickets" },
    { label: nav.performance, icon: "gauge", path: "/performance" },
    { label: nav.uptime, icon: "activity", path: "/uptime" },
    { label: nav.campaigns, icon: "megaphone", path: "/campaigns" },
    { label: nav.reports, icon: "chart", path: "/reports" },
    { label: t.insights.nav, icon: "chart", path: "/insights" },
    { label: nav.team, icon: "users", path: "/team" },
    { label: nav.billing, icon: "card", path: "/billing" },
    { label: nav.settings, icon: "cog", path: "/settings" },
  ];
  return sections.map(({ label, icon, path }) =>
    path === undefined ? { label, icon } : { label, icon, href: `${base}${path}`, exact: path === "" },
  );
}
