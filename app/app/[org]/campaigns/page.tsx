import type { Metadata } from "next";
import Link from "next/link";
import { campaignFiltersSchema, type CampaignRange } from "@/src/campaigns/campaign-filters";
import type { CampaignPlatform } from "@/src/campaigns/campaign-platforms";
import { CampaignDailyCharts } from "@/src/campaigns/components/campaign-daily-charts";
import { CampaignFilterLinks } from "@/src/campaigns/components/campaign-filter-links";
import { CampaignTable } from "@/src/campaigns/components/campaign-table";
import { CampaignTotals } from "@/src/campaigns/components/campaign-totals";
import { CampaignsUpsell } from "@/src/campaigns/components/campaigns-upsell";
import { PlatformCards } from "@/src/campaigns/components/platform-cards";
import { campaignFormat } from "@/src/campaigns/format-campaign-figures";
import { getCampaignPerformance } from "@/src/campaigns/queries/get-campaign-performance";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { Card } from "@/src/components/ui/card";
import { EmptyState } from "@/src/components/ui/empty-state";
import { ConnectionList } from "@/src/connections/components/connection-list";
import { getAdAccounts } from "@/src/connections/queries/get-ad-accounts";
import { PageHeader } from "@/src/components/ui/page-header";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { canManage, requireWorkspace } from "@/src/workspace/require-workspace";

type Props = {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { organization }] = await Promise.all([getTranslations(), requireWorkspace((await params).org)]);
  return { title: `${t.campaigns.title} · ${organization.name}` };
}

export default async function CampaignsPage({ params, searchParams }: Props) {
  const { organization, plan, db, role } = await requireWorkspace((await params).org);
  const filters = campaignFiltersSchema.parse(await searchParams);
  // A platform outside the plan (an old bookmark, a downgrade) shows every included platform instead.
  const platform =
    filters.platform && plan.features.campaign_platforms.includes(filters.platform) ? filters.platform : undefined;
  // Owners and admins see which accounts feed the page (row-level security shows them nobody else's).
  const [{ t, locale }, performance, adAccounts] = await Promise.all([
    getTranslations(),
    getCampaignPerformance(db, organization.id, { days: filters.range, platform, timeZone: organization.timeZone }),
    canManage(role) ? getAdAccounts(db, organization.id) : null,
  ]);
  const copy = t.campaigns;
  const format = formatters(locale, organization.timeZone);
  const fmt = campaignFormat(format, performance.currency, t);
  const base = `/app/${organization.slug}`;
  const billingHref = `${base}/billing`;
  const tierName = (key: string, name: string) => t.workspace.tiers[key as keyof typeof t.workspace.tiers] ?? name;
  const hrefFor = (next: { range?: CampaignRange; platform?: CampaignPlatform | null }) => {
    const query = new URLSearchParams({ range: String(next.range ?? filters.range) });
    const chosen = next.platform === undefined ? performance.platform : next.platform;
    if (chosen) query.set("platform", chosen);
    return `${base}/campaigns?${query}`;
  };

  if (performance.platforms.length === 0) {
    return (
      <div className="grid gap-6">
        <PageHeader title={copy.title} />
        <CampaignsUpsell
          planName={tierName(plan.key, plan.name)}
          upgrades={performance.upgrades}
          billingHref={billingHref}
          fmt={fmt}
          t={t}
        />
      </div>
    );
  }

  const shown = performance.platform ? [performance.platform] : performance.platforms;
  const campaignCount = performance.byPlatform
    .filter((p) => shown.includes(p.platform))
    .reduce((sum, p) => sum + p.campaigns, 0);
  const range = {
    from: format.date(`${performance.firstDay}T12:00:00Z`),
    to: format.date(`${performance.lastDay}T12:00:00Z`),
  };
  const missing = performance.upgrades
    .map((upgrade) => ({ upgrade, platforms: upgrade.platforms.filter((p) => !performance.platforms.includes(p)) }))
    .find((option) => option.platforms.length > 0);

  return (
    <div className="grid gap-6">
      <PageHeader
        title={copy.title}
        description={formatMessage(copy.description, { platforms: fmt.platforms(shown), ...range })}
      />
      <CampaignFilterLinks
        base={`${base}/campaigns`}
        range={filters.range}
        platform={performance.platform}
        platforms={performance.platforms}
        t={t}
      />

      {campaignCount === 0 ? (
        <EmptyState
          icon="megaphone"
          title={
            performance.platform
              ? formatMessage(copy.empty.platformTitle, { platform: copy.platforms[performance.platform] })
              : copy.empty.title
          }
          body={formatMessage(copy.empty.body, { platforms: fmt.platforms(shown) })}
          action={
            performance.platform ? (
              <Link href={hrefFor({ platform: null })} className={buttonStyles({ variant: "secondary" })}>
                {copy.empty.showAll}
              </Link>
            ) : undefined
          }
        />
      ) : (
        <>
          {performance.platforms.length > 1 ? (
            <PlatformCards
              performance={performance}
              hrefFor={(p) => hrefFor({ platform: p })}
              fmt={fmt}
              format={format}
              t={t}
            />
          ) : null}
          <CampaignTotals totals={performance.totals} fmt={fmt} t={t} />
          {performance.totals.impressions === 0 && performance.totals.spend === 0 ? (
            <p className="rounded-lg border border-border bg-surface-muted px-4 py-3 text-sm">{copy.noResults}</p>
          ) : null}
          <CampaignDailyCharts
            daily={performance.daily}
            currency={performance.currency}
            fmt={fmt}
            format={format}
            t={t}
          />
          <Card title={copy.table.title}>
            <CampaignTable
              campaigns={performance.campaigns}
              caption={formatMessage(copy.table.caption, range)}
              showPlatform={performance.platform === null && performance.platforms.length > 1}
              fmt={fmt}
              t={t}
            />
          </Card>
        </>
      )}

      {adAccounts ? (
        <Card title={t.connections.client.title} description={t.connections.client.description}>
          <ConnectionList
            rows={adAccounts.map((a) => ({
              ...a,
              kind: t.connections.platforms[a.platform],
              externalId: a.externalAccountId,
            }))}
            copy={t.connections}
            format={format}
            empty={t.connections.client.empty}
          />
        </Card>
      ) : null}

      {missing ? (
        <p className="text-sm text-fg-muted">
          {formatMessage(copy.morePlatforms, {
            plan: tierName(missing.upgrade.key, missing.upgrade.name),
            platforms: fmt.platforms(missing.platforms),
          })}{" "}
          <Link href={billingHref} className="font-medium text-accent-text hover:underline">
            {copy.seePlans}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
