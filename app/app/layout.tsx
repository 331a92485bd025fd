import type { ReactNode } from "react";
import { getStaffMembership } from "@/src/auth/get-staff-membership";
import { requireUser } from "@/src/auth/get-verified-user";
import { AppShell } from "@/src/components/shell/app-shell";
import { clientNav } from "@/src/components/shell/client-nav";
import { getTranslations } from "@/src/i18n/get-translations";

export default async function ClientDashboardLayout({ children }: { children: ReactNode }) {
  const user = await requireUser("/app");
  const [{ t }, staff] = await Promise.all([getTranslations(), getStaffMembership(user.claims)]);
  return (
    <AppShell
      area={t.app.title}
      homeHref="/app"
      email={user.email}
      name={user.name}
      nav={clientNav(t)}
      crossLink={staff ? { href: "/admin", label: t.shell.adminLink } : undefined}
    >
      {children}
    </AppShell>
  );
}
