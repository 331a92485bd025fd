import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "@/src/components/brand/logo";
import { LanguageSwitcher } from "@/src/components/language-switcher";
import type { Dictionary } from "@/src/i18n/dictionary";

/** The invitation page's frame: the brand and the language, like the sign-in pages, around one card. */
export function InvitationFrame({ t, children }: { t: Dictionary; children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-6xl items-center justify-between gap-4 px-4 py-4 sm:px-6">
        <Link href="/" aria-label={t.common.homeLink} className="rounded-lg">
          <Logo label={t.common.appName} />
        </Link>
        <LanguageSwitcher />
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 pt-6 pb-16 sm:pt-12">
        {children}
      </main>
    </div>
  );
}
