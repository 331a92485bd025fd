import type { ReactNode } from "react";
import { PastDueBanner } from "@/src/billing/components/past-due-banner";
import { AppShell } from "@/src/components/shell/app-shell";
import { formatters } from "@/src/i18n/formatters";
import { formatMessage } from "@/src/i18n/format-message";
import { getTranslations } from "@/src/i18n/get-translations";
import { clientNav } from "@/src/workspace/client-nav";
import { ImpersonationBanner } from "@/src/workspace/components/impersonation-banner";
import { OrganizationSwitcher } from "@/src/workspace/components/organization-switcher";
import { getActingProfileName } from "@/src/workspace/queries/get-acting-profile";
import { listMyOrganizations } from "@/src/workspace/queries/list-my-organizations";
import { requireWorkspace } from "@/src/workspace/require-workspace";

/**
 * The client dashboard of one organization. The workspace is resolved here, before anything streams, so an
 * organization the user cannot see is a real 404 (the page's loading.tsx sits below this point).
 */
export default async function WorkspaceLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ org: string }>;
}) {
  const { org } = await params;
  const workspace = await requireWorkspace(org);
  const { organization, plan, user, impersonation, db, paymentOverdue } = workspace;
  const actingUserId = impersonation?.targetUserId ?? user.id;
  const [{ t, locale }, organizations, actingName] = await Promise.all([
    getTranslations(),
    listMyOrganizations(db, actingUserId),
    impersonation ? getActingProfileName(db, actingUserId) : Promise.resolve(null),
  ]);
  const tierName = (tier: string) => t.workspace.tiers[tier as keyof typeof t.workspace.tiers] ?? tier;
  const whiteLabel = plan.features.white_label
    ? {
        name: organization.whiteLabel.brand_name ?? organization.name,
        logoUrl: organization.whiteLabel.logo_object
          ? `/app/${organization.slug}/brand-logo?v=${encodeURIComponent(organization.whiteLabel.logo_object)}`
          : organization.whiteLabel.logo_url,
        color: organization.whiteLabel.primary_color,
      }
    : undefined;
  const format = formatters(locale, organization.timeZone);
  return (
    <AppShell
      area={t.app.title}
      brand={whiteLabel}
      homeHref={`/app/${organization.slug}`}
      email={user.email}
      name={user.name}
      nav={clientNav(t, organization.slug)}
      context={
        <OrganizationSwitcher
          current={organization}
          organizations={organizations.map((o) => ({ name: o.name, slug: o.slug, plan: tierName(o.tier) }))}
          label={t.workspace.switcher.label}
          listLabel={t.workspace.switcher.all}
          planBadge={formatMessage(t.workspace.planBadge, { plan: tierName(plan.key) })}
        />
      }
      banner={
        impersonation || paymentOverdue ? (
          <>
            {impersonation ? (
              <ImpersonationBanner
                sessionId={impersonation.id}
                targetName={actingName ?? organization.name}
                staffName={user.name ?? user.email}
                readOnly={impersonation.readOnly}
                endsAt={format.relative(impersonation.expiresAt)}
                reason={impersonation.reason}
              />
            ) : null}
            {paymentOverdue ? <PastDueBanner organization={organization.name} slug={organization.slug} t={t} /> : null}
          </>
        ) : undefined
      }
    >
      {children}
    </AppShell>
  );
}
