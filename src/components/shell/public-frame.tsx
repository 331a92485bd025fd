import Link from "next/link";
import type { ReactNode } from "react";
import { getVerifiedUser } from "../../auth/get-verified-user";
import { getTranslations } from "../../i18n/get-translations";
import { Logo } from "../brand/logo";
import { LanguageSwitcher } from "../language-switcher";
import { buttonStyles } from "../ui/button-styles";

/** The frame of the public pages (landing, analyzer, reports): top bar with sign-in or dashboard, and footer. */
export async function PublicFrame({ children }: { children: ReactNode }) {
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
          <Link href="/privacy" className="underline hover:text-fg">
            {t.privacy.footerLink}
          </Link>
        </div>
      </footer>
    </div>
  );
}
