import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SkipLink } from "@/src/components/skip-link";
import { env } from "@/src/env";
import { getTranslations } from "@/src/i18n/get-translations";
import { I18nProvider } from "@/src/i18n/i18n-provider";
import { SupabaseConfigProvider } from "@/src/supabase/supabase-config-provider";
import { inter } from "./fonts";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: { default: t.meta.title, template: `%s · ${t.common.appName}` }, description: t.meta.description };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getTranslations();
  // Read at request time and handed to the browser, so the same build can point at any Supabase project.
  const { SUPABASE_URL, SUPABASE_ANON_KEY } = env();
  return (
    <html lang={locale} className={inter.variable}>
      <body className="font-sans">
        <SkipLink label={t.common.skipToContent} />
        <I18nProvider locale={locale} dictionary={t}>
          <SupabaseConfigProvider config={{ url: SUPABASE_URL, anonKey: SUPABASE_ANON_KEY }}>
            {children}
          </SupabaseConfigProvider>
        </I18nProvider>
      </body>
    </html>
  );
}
