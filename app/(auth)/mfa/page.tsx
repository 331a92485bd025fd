import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getVerifiedUser } from "@/src/auth/get-verified-user";
import { signInPathFor } from "@/src/auth/protected-paths";
import { safeNextPath } from "@/src/auth/safe-next-path";
import { searchParam, type SearchParams } from "@/src/auth/search-param";
import { AuthCard } from "@/src/components/auth/auth-card";
import { getTranslations } from "@/src/i18n/get-translations";
import { SecondStepForm } from "@/src/mfa/components/second-step-form";
import { SignOutInstead } from "@/src/mfa/components/sign-out-instead";
import { needsSecondFactor } from "@/src/mfa/needs-second-factor";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: t.security.secondStep.title };
}

/** The second sign-in step, for users with an authenticator app whose session has one factor so far. */
export default async function SecondStepPage({ searchParams }: { searchParams: SearchParams }) {
  const next = safeNextPath(searchParam((await searchParams).next));
  const user = await getVerifiedUser();
  if (!user) redirect(signInPathFor(next));
  if (!(await needsSecondFactor(user.claims))) redirect(next);
  const { t } = await getTranslations();
  return (
    <AuthCard title={t.security.secondStep.title} subtitle={t.security.secondStep.subtitle} footer={<SignOutInstead />}>
      <SecondStepForm next={next} />
    </AuthCard>
  );
}
