import type { Metadata } from "next";
import { getStaffMembership } from "@/src/auth/get-staff-membership";
import { requireUser } from "@/src/auth/get-verified-user";
import { searchParam, type SearchParams } from "@/src/auth/search-param";
import { BaselineCard } from "@/src/components/analyzer/baseline-card";
import { WelcomePanel } from "@/src/components/shell/welcome-panel";
import { formatMessage } from "@/src/i18n/format-message";
import { getTranslations } from "@/src/i18n/get-translations";
import { getAnalyzerBaseline } from "@/src/organizations/get-analyzer-baseline";
import { getFirstOrganization } from "@/src/organizations/get-first-organization";
import { OrganizationOnboarding } from "@/src/organizations/organization-onboarding";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: t.app.title };
}

export default async function ClientDashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("/app");
  const [{ t, locale }, organization, staff] = await Promise.all([
    getTranslations(),
    getFirstOrganization(user.claims),
    getStaffMembership(user.claims),
  ]);
  const copy = t.app.welcome;
  const title = user.name ? formatMessage(copy.titleWithName, { name: user.name }) : copy.title;
  const signedInAs = <p>{formatMessage(copy.signedInAs, { email: user.email })}</p>;
  // Staff reach client organizations through the agency area; they do not need one of their own.
  if (!organization && !staff) {
    return (
      <OrganizationOnboarding
        title={title}
        intro={signedInAs}
        analysisIds={[user.claims.user_metadata?.analysis_id, searchParam((await searchParams).analysis)]}
      />
    );
  }
  const baseline = organization ? await getAnalyzerBaseline(user.claims, organization.id) : null;
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <WelcomePanel
        title={title}
        intro={
          <>
            {signedInAs}
            <p>{copy.body}</p>
          </>
        }
        upcomingTitle={copy.upcomingTitle}
        upcomingBody={copy.upcomingBody}
      />
      {baseline ? <BaselineCard baseline={baseline} t={t} locale={locale} /> : null}
    </div>
  );
}
