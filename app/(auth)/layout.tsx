import Link from "next/link";
import type { ReactNode } from "react";
import { publicCaptchaSettings } from "@/src/captcha/public-captcha-settings";
import { Logo } from "@/src/components/brand/logo";
import { CaptchaSettingsProvider } from "@/src/components/captcha/captcha-settings-provider";
import { LanguageSwitcher } from "@/src/components/language-switcher";
import { getTranslations } from "@/src/i18n/get-translations";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const { t } = await getTranslations();
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-6xl items-center justify-between gap-4 px-4 py-4 sm:px-6">
        <Link href="/" aria-label={t.common.homeLink} className="rounded-lg">
          <Logo label={t.common.appName} />
        </Link>
        <LanguageSwitcher />
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 pt-6 pb-16 sm:pt-12">
        {/* Sign-up, magic links and recovery send email (and Supabase Auth's CAPTCHA covers sign-in too): their
            forms carry the CAPTCHA when one is set. */}
        <CaptchaSettingsProvider settings={publicCaptchaSettings()}>{children}</CaptchaSettingsProvider>
      </main>
    </div>
  );
}
