import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/src/components/ui/page-header";
import { AddDomainForm } from "@/src/domains/components/add-domain-form";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { LimitReached, limitReachedMessage } from "@/src/usage/components/limit-reached";
import { getUsage } from "@/src/usage/queries/get-usage";
import { canManage, requireWorkspace } from "@/src/workspace/require-workspace";

type Props = { params: Promise<{ org: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { organization }] = await Promise.all([getTranslations(), requireWorkspace((await params).org)]);
  return { title: `${t.domains.form.title} · ${organization.name}` };
}

/**
 * "Add domain", for owners and admins (members: 404). At the plan's limit the form gives way to the
 * explanation and the upgrade. No loading.tsx here, so the 404 is real.
 */
export default async function NewDomainPage({ params }: Props) {
  const { organization, role, plan, limits, db } = await requireWorkspace((await params).org);
  if (!canManage(role)) notFound();
  const [{ t, locale }, usage] = await Promise.all([getTranslations(), getUsage(db, organization.id)]);
  const copy = t.domains;
  const base = `/app/${organization.slug}`;
  const planName = t.workspace.tiers[plan.key as keyof typeof t.workspace.tiers] ?? plan.name;
  const atLimit = limits.domains !== null && usage.domains >= limits.domains;

  return (
    <div className="grid gap-6">
      <PageHeader
        title={copy.form.title}
        description={atLimit ? undefined : copy.form.description}
        breadcrumbs={[{ label: copy.title, href: `${base}/domains` }, { label: copy.form.title }]}
        breadcrumbsLabel={t.workspace.breadcrumbsLabel}
      />
      {atLimit ? (
        <LimitReached
          title={copy.limit.title}
          message={limitReachedMessage(t, formatters(locale, organization.timeZone), {
            limit: "domains",
            value: limits.domains,
            usage: usage.domains,
            planName,
          })}
          body={copy.limit.body}
          upgradeHref={`${base}/billing`}
          upgradeLabel={t.workspace.limits.upgradeCta}
        />
      ) : (
        <AddDomainForm slug={organization.slug} planName={planName} cancelHref={`${base}/domains`} />
      )}
    </div>
  );
}
