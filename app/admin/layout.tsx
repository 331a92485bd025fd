import type { ReactNode } from "react";
import { requireAdmin } from "@/src/admin/require-admin";
import { adminNav } from "@/src/components/shell/admin-nav";
import { AppShell } from "@/src/components/shell/app-shell";
import { getTranslations } from "@/src/i18n/get-translations";

/**
 * The agency area. Staff only (anyone else gets the 404 page), and unavailable during a "view as" until Stop.
 * Every page calls `requireAdmin` too: layouts and pages render in parallel.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const { user } = await requireAdmin();
  const { t } = await getTranslations();
  return (
    <AppShell
      area={t.admin.title}
      homeHref="/admin"
      email={user.email}
      name={user.name}
      nav={adminNav(t)}
      crossLink={{ href: "/app", label: t.shell.clientLink }}
    >
      {children}
    </AppShell>
  );
}
