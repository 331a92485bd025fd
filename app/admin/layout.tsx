import type { ReactNode } from "react";
import { requireStaff } from "@/src/auth/require-staff";
import { adminNav } from "@/src/components/shell/admin-nav";
import { AppShell } from "@/src/components/shell/app-shell";
import { getTranslations } from "@/src/i18n/get-translations";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const { user } = await requireStaff();
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
