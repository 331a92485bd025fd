import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/src/components/auth/auth-card";
import { ForgotPasswordForm } from "@/src/components/auth/forgot-password-form";
import { getTranslations } from "@/src/i18n/get-translations";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: t.auth.forgot.title };
}

export default async function ForgotPasswordPage() {
  const { t } = await getTranslations();
  return (
    <AuthCard
      title={t.auth.forgot.title}
      subtitle={t.auth.forgot.subtitle}
      footer={
        <Link href="/sign-in" className="rounded font-medium text-accent-text underline">
          {t.auth.forgot.back}
        </Link>
      }
    >
      <ForgotPasswordForm />
    </AuthCard>
  );
}
