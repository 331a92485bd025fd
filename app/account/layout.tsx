import type { ReactNode } from "react";
import { requireUser } from "@/src/auth/get-verified-user";
import { AppShell } from "@/src/components/shell/app-shell";
import { getTranslations } from "@/src/i18n/get-translations";

/** The signed-in person's own settings, apart from any organization (reached from the user menu). */
export default async function AccountLayout({ children }: { children: ReactNode }) {
  const user = await requireUser("/account/security");
  const { t } = await getTranslations();
  return (
    <AppShell
      area={t.security.area}
      homeHref="/app"
      email={user.email}
      name={user.name}
      nav={[
        { label: t.security.page.title, icon: "key", href: "/account/security" },
        { label: t.privacy.nav, icon: "file", href: "/account/privacy" },
      ]}
      crossLink={{ href: "/app", label: t.shell.clientLink }}
    >
      {children}
    </AppShell>
  );
}
