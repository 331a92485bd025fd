import type { Metadata } from "next";
import { requireUser } from "@/src/auth/get-verified-user";
import { AuthCard } from "@/src/components/auth/auth-card";
import { ResetPasswordForm } from "@/src/components/auth/reset-password-form";
import { formatMessage } from "@/src/i18n/format-message";
import { getTranslations } from "@/src/i18n/get-translations";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: t.auth.reset.title };
}

/** Reached through the recovery email: /auth/callback has already signed the user in. */
export default async function ResetPasswordPage() {
  const user = await requireUser("/reset-password");
  const { t } = await getTranslations();
  return (
    <AuthCard title={t.auth.reset.title} subtitle={formatMessage(t.auth.reset.subtitle, { email: user.email })}>
      <ResetPasswordForm />
    </AuthCard>
  );
}
