import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/src/components/auth/auth-card";
import { Logo } from "@/src/components/brand/logo";
import { LanguageSwitcher } from "@/src/components/language-switcher";
import { getTranslations } from "@/src/i18n/get-translations";
import { unsubscribeTokenSchema } from "@/src/leads/unsubscribe-token";
import { UnsubscribeForm } from "./unsubscribe-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  // A personal link: keep it out of search results.
  return { title: t.unsubscribe.title, robots: { index: false, follow: false } };
}

/** Opened from an email's footer, signed in or not; the token in the link identifies the lead. */
export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const [{ t }, { token }] = await Promise.all([getTranslations(), searchParams]);
  const valid = unsubscribeTokenSchema.safeParse(token);
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-6xl items-center justify-between gap-4 px-4 py-4 sm:px-6">
        <Link href="/" aria-label={t.common.homeLink} className="rounded-lg">
          <Logo label={t.common.appName} />
        </Link>
        <LanguageSwitcher />
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 pt-6 pb-16 sm:pt-12">
        <AuthCard
          title={valid.success ? t.unsubscribe.title : t.unsubscribe.invalidTitle}
          subtitle={valid.success ? t.unsubscribe.subtitle : t.unsubscribe.invalidBody}
          footer={
            <Link href="/" className="rounded font-medium text-accent-text underline">
              {t.unsubscribe.backHome}
            </Link>
          }
        >
          {valid.success ? <UnsubscribeForm token={valid.data} /> : null}
        </AuthCard>
      </main>
    </div>
  );
}
