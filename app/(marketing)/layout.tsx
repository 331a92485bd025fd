import Link from "next/link";
import type { ReactNode } from "react";
import { getVerifiedUser } from "@/src/auth/get-verified-user";
import { Logo } from "@/src/components/brand/logo";
import { LanguageSwitcher } from "@/src/components/language-switcher";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { getTranslations } from "@/src/i18n/get-translations";

export default async function MarketingLayout({ children }: { children: ReactNode }) {
  const [{ t }, user] = await Promise.all([getTranslations(), getVerifiedUser()]);
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-border bg-surface/80 backdrop-blur">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <Link href="/" aria-label={t.common.homeLink} className="rounded-lg">
            <Logo label={t.common.appName} />
          </Link>
          <nav aria-label={t.marketing.navLabel} className="flex items-center gap-2 sm:gap-3">
            <LanguageSwitcher />
            {user ? (
              <Link href="/app" className={buttonStyles()}>
                {t.marketing.openDashboard}
              </Link>
            ) : (
              <>
                <Link href="/sign-in" className={buttonStyles({ variant: "ghost" })}>
                  {t.common.signIn}
                </Link>
                <Link href="/sign-up" className={`${buttonStyles()} max-sm:hidden`}>
                  {t.common.signUp}
                </Link>
              </>
            )}
          </nav>
        </div>
      </header>
      <main id="main" className="flex-1">
        {children}
      </main>
      <footer className="border-t border-border">
        <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-8 text-sm text-fg-muted sm:flex-row sm:items-center sm:justify-between sm:px-6">
          <Logo label={t.common.appName} />
          <p>{t.marketing.footer}</p>
        </div>
      </footer>
    </div>
  );
}
