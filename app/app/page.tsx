import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getStaffMembership } from "@/src/auth/get-staff-membership";
import { requireUser } from "@/src/auth/get-verified-user";
import { searchParam, type SearchParams } from "@/src/auth/search-param";
import { AppShell } from "@/src/components/shell/app-shell";
import { formatMessage } from "@/src/i18n/format-message";
import { getTranslations } from "@/src/i18n/get-translations";
import { OrganizationOnboarding } from "@/src/organizations/organization-onboarding";
import { lastOrganizationCookie } from "@/src/workspace/last-organization";
import { listMyOrganizations } from "@/src/workspace/queries/list-my-organizations";
import { getRequestIdentity } from "@/src/workspace/request-db";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: t.app.title };
}

/**
 * `/app`: a member of one organization goes straight to it, a member of several to the one they used last
 * (or chooses), someone in none creates theirs; staff without an organization go to the agency area.
 */
export default async function ClientDashboardEntry({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("/app");
  const { db, actingUserId } = await getRequestIdentity(user);
  const [{ t }, organizations, staff, cookieStore] = await Promise.all([
    getTranslations(),
    listMyOrganizations(db, actingUserId),
    getStaffMembership(user.claims),
    cookies(),
  ]);
  const last = cookieStore.get(lastOrganizationCookie)?.value;
  const remembered =
    organizations.find((o) => o.slug === last) ?? (organizations.length === 1 ? organizations[0] : null);
  if (remembered) redirect(`/app/${remembered.slug}`);
  if (organizations.length === 0 && staff) redirect("/admin");

  const copy = t.app.welcome;
  const shell = (children: React.ReactNode) => (
    <AppShell area={t.app.title} homeHref="/app" email={user.email} name={user.name} nav={[]}>
      {children}
    </AppShell>
  );
  if (organizations.length === 0) {
    const title = user.name ? formatMessage(copy.titleWithName, { name: user.name }) : copy.title;
    return shell(
      <OrganizationOnboarding
        title={title}
        intro={<p>{formatMessage(copy.signedInAs, { email: user.email })}</p>}
        analysisIds={[user.claims.user_metadata?.analysis_id, searchParam((await searchParams).analysis)]}
      />,
    );
  }
  const chooser = t.workspace.chooser;
  return shell(
    <div className="mx-auto grid max-w-2xl gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{chooser.title}</h1>
        <p className="mt-2 text-fg-muted">{chooser.body}</p>
      </div>
      <ul className="grid gap-3">
        {organizations.map((organization) => (
          <li key={organization.slug}>
            <Link
              href={`/app/${organization.slug}`}
              className="flex items-center justify-between gap-4 rounded-xl border border-border bg-surface p-4 shadow-xs hover:border-border-strong/60"
            >
              <span>
                <span className="block font-semibold">{organization.name}</span>
                <span className="text-sm text-fg-muted">
                  {t.workspace.tiers[organization.tier as keyof typeof t.workspace.tiers] ?? organization.tier} ·{" "}
                  {t.workspace.roles[organization.role]}
                </span>
              </span>
              <span className="text-sm font-semibold text-accent-text">{chooser.open}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>,
  );
}
