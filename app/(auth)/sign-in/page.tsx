import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { isAppErrorCode } from "@/src/errors/app-error";
import { getVerifiedUser } from "@/src/auth/get-verified-user";
import { safeNextPath } from "@/src/auth/safe-next-path";
import { searchParam, type SearchParams } from "@/src/auth/search-param";
import { AuthCard } from "@/src/components/auth/auth-card";
import { SignInMethods } from "@/src/components/auth/sign-in-methods";
import { signUpPrefill } from "@/src/components/auth/sign-up-prefill";
import { LiveMessage } from "@/src/components/ui/live-message";
import { getTranslations } from "@/src/i18n/get-translations";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: t.auth.signIn.title };
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeNextPath(searchParam(params.next));
  if (await getVerifiedUser()) redirect(next);
  const { t } = await getTranslations();
  // Set by /auth/callback when an email link or provider sign-in could not be completed.
  const error = searchParam(params.error);
  // An invitation's page sends the invited address along (`?email=`), to sign in with that one.
  const { email } = signUpPrefill(params);
  return (
    <AuthCard
      title={t.auth.signIn.title}
      subtitle={t.auth.signIn.subtitle}
      footer={
        <>
          {t.auth.signIn.noAccount}{" "}
          <Link
            href={`/sign-up?${new URLSearchParams({ next, ...(email ? { email } : {}) })}`}
            className="rounded font-medium text-accent-text underline"
          >
            {t.common.signUp}
          </Link>
        </>
      }
    >
      {isAppErrorCode(error) ? (
        <div className="mb-5">
          <LiveMessage tone="error">{t.errors[error]}</LiveMessage>
        </div>
      ) : null}
      <SignInMethods next={next} email={email} />
    </AuthCard>
  );
}
