import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getVerifiedUser } from "@/src/auth/get-verified-user";
import { safeNextPath } from "@/src/auth/safe-next-path";
import { searchParam, type SearchParams } from "@/src/auth/search-param";
import { AuthCard } from "@/src/components/auth/auth-card";
import { SignUpMethods } from "@/src/components/auth/sign-up-methods";
import { signUpPrefill } from "@/src/components/auth/sign-up-prefill";
import { getTranslations } from "@/src/i18n/get-translations";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: t.auth.signUp.title };
}

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const prefill = signUpPrefill(params);
  // From a report: the analysis also rides in `next`, for sign-ups (OAuth) that cannot carry user metadata.
  const next = safeNextPath(
    searchParam(params.next) ??
      (prefill.analysisId ? `/app?${new URLSearchParams({ analysis: prefill.analysisId })}` : undefined),
  );
  if (await getVerifiedUser()) redirect(next);
  const { t } = await getTranslations();
  const [beforeLink, afterLink] = t.privacy.signUpNotice.split("{link}");
  return (
    <AuthCard
      title={t.auth.signUp.title}
      subtitle={t.auth.signUp.subtitle}
      footer={
        <>
          {t.auth.signUp.haveAccount}{" "}
          <Link
            href={`/sign-in?${new URLSearchParams({ next, ...(prefill.email ? { email: prefill.email } : {}) })}`}
            className="rounded font-medium text-accent-text underline"
          >
            {t.common.signIn}
          </Link>
        </>
      }
    >
      <SignUpMethods next={next} prefill={prefill} />
      <p className="mt-4 text-center text-sm text-fg-muted">
        {beforeLink}
        <Link href="/privacy" className="rounded font-medium text-accent-text underline">
          {t.privacy.signUpNoticeLink}
        </Link>
        {afterLink}
      </p>
    </AuthCard>
  );
}
