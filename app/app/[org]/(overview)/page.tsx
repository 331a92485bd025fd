import type { Metadata } from "next";
import Link from "next/link";
import { BaselineCard } from "@/src/components/analyzer/baseline-card";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { Card } from "@/src/components/ui/card";
import { EmptyState } from "@/src/components/ui/empty-state";
import { PageHeader } from "@/src/components/ui/page-header";
import { StatCard } from "@/src/components/ui/stat-card";
import { StatusBadge } from "@/src/components/ui/status-badge";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { getAnalyzerBaseline } from "@/src/organizations/get-analyzer-baseline";
import { getAdSummary } from "@/src/overview/queries/get-ad-summary";
import { getEstateHealth } from "@/src/overview/queries/get-estate-health";
import { getUpcomingWork } from "@/src/overview/queries/get-upcoming-work";
import { UsageMeters } from "@/src/usage/components/usage-meters";
import { getUsage } from "@/src/usage/queries/get-usage";
import { requireWorkspace } from "@/src/workspace/require-workspace";

type Props = { params: Promise<{ org: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { organization }] = await Promise.all([getTranslations(), requireWorkspace((await params).org)]);
  return { title: `${t.overview.title} · ${organization.name}` };
}

export default async function OverviewPage({ params }: Props) {
  const workspace = await requireWorkspace((await params).org);
  const { organization, plan, role, limits, db } = workspace;
  const hasCampaigns = plan.features.campaign_platforms.length > 0;
  const [{ t, locale }, usage, health, ads, work, baseline] = await Promise.all([
    getTranslations(),
    getUsage(db, organization.id),
    getEstateHealth(db, organization.id),
    hasCampaigns ? getAdSummary(db, organization.id, organization.timeZone) : Promise.resolve(null),
    getUpcomingWork(db, organization.id),
    getAnalyzerBaseline(db, organization.id),
  ]);
  const copy = t.overview;
  const format = formatters(locale, organization.timeZone);
  const base = `/app/${organization.slug}`;
  const now = new Date();
  const tier = t.workspace.tiers[plan.key as keyof typeof t.workspace.tiers] ?? plan.name;
  const trend = (() => {
    const latest = health.latestScores?.performance;
    if (latest == null || health.previousPerformance === null) return null;
    const points = latest - health.previousPerformance;
    if (Math.abs(points) < 2) return copy.health.trendFlat;
    return formatMessage(points > 0 ? copy.health.trendUp : copy.health.trendDown, { points: Math.abs(points) });
  })();

  return (
    <div className="grid gap-6">
      <PageHeader
        title={copy.title}
        description={formatMessage(copy.description, { plan: tier, role: t.workspace.roles[role].toLowerCase() })}
      />

      {health.ongoingIncident ? (
        <section
          aria-labelledby="ongoing-incident"
          className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-danger/30 bg-danger-soft p-4"
        >
          <div>
            <h2 id="ongoing-incident" className="font-semibold text-danger">
              {formatMessage(copy.incident.title, { title: health.ongoingIncident.title })}
            </h2>
            <p className="text-sm">
              {formatMessage(copy.incident.body, {
                when: format.relative(health.ongoingIncident.startedAt, now),
                severity: copy.severities[health.ongoingIncident.severity as keyof typeof copy.severities],
              })}
            </p>
          </div>
          <Link href={`${base}/uptime`} className={buttonStyles({ variant: "secondary" })}>
            {copy.incident.link}
          </Link>
        </section>
      ) : null}

      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <StatCard
          label={copy.health.uptime}
          value={health.uptime30d === null ? t.workspace.none : format.percent(health.uptime30d)}
          hint={health.uptime30d === null ? copy.health.uptimeNone : undefined}
          href={`${base}/uptime`}
        />
        <StatCard
          label={copy.health.performance}
          value={health.latestScores?.performance ?? t.workspace.none}
          hint={
            health.latestScores
              ? [
                  trend,
                  formatMessage(copy.health.measured, { when: format.relative(health.latestScores.measuredAt, now) }),
                ]
                  .filter(Boolean)
                  .join(" · ")
              : copy.health.performanceNone
          }
          href={`${base}/performance`}
        />
        <StatCard
          label={copy.health.openTickets}
          value={format.number(health.openTickets)}
          hint={
            health.nextSlaDue
              ? formatMessage(health.nextSlaDue.dueAt < now ? copy.health.nextSlaOverdue : copy.health.nextSla, {
                  when: format.relative(health.nextSlaDue.dueAt, now),
                  number: health.nextSlaDue.number,
                })
              : copy.health.noSlaDue
          }
          href={`${base}/tickets`}
        />
        <StatCard
          label={copy.health.adSpend}
          value={ads ? format.money(ads.spend, ads.currency) : t.workspace.none}
          hint={
            ads
              ? formatMessage(copy.health.adDetail, {
                  conversions: format.number(ads.conversions),
                  roas: ads.roas === null ? t.workspace.none : `${format.number(Math.round(ads.roas * 10) / 10)}×`,
                })
              : copy.health.adNone
          }
          href={hasCampaigns ? `${base}/campaigns` : `${base}/billing`}
        />
      </div>

      {health.expiringCertificates.length > 0 ? (
        <Card title={copy.certificates.title}>
          <ul className="grid gap-2 text-sm">
            {health.expiringCertificates.map((certificate) => (
              <li key={certificate.id} className="flex flex-wrap items-center justify-between gap-2">
                <Link href={`${base}/domains/${certificate.id}`} className="font-medium hover:underline">
                  {certificate.name}
                </Link>
                <StatusBadge tone={certificate.expiresAt < now ? "danger" : "warning"}>
                  {formatMessage(certificate.expiresAt < now ? copy.certificates.expired : copy.certificates.expires, {
                    when: format.relative(certificate.expiresAt, now),
                  })}
                </StatusBadge>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card
          title={copy.usage.title}
          action={
            <Link href={`${base}/billing`} className="text-sm font-medium text-accent-text hover:underline">
              {copy.usage.manage}
            </Link>
          }
        >
          <UsageMeters limits={limits} usage={usage} t={t} format={format} />
        </Card>
        <div className="grid gap-6">
          <Card title={copy.milestones.title}>
            {work.milestones.length === 0 ? (
              <EmptyState icon="list" title={copy.milestones.empty} />
            ) : (
              <ul className="grid gap-3 text-sm">
                {work.milestones.map((milestone) => (
                  <li key={milestone.id} className="flex flex-wrap items-baseline justify-between gap-2">
                    <span>
                      <span className="font-medium">{milestone.title}</span>
                      <Link
                        href={`${base}/projects/${milestone.projectId}`}
                        className="block text-fg-muted hover:underline"
                      >
                        {milestone.projectName}
                      </Link>
                    </span>
                    <span className="text-fg-muted tabular-nums">
                      {milestone.dueDate
                        ? formatMessage(copy.milestones.due, { date: format.date(`${milestone.dueDate}T12:00:00Z`) })
                        : copy.milestones.noDate}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title={copy.deliveries.title}>
            {work.deliveries.length === 0 ? (
              <EmptyState icon="check" title={copy.deliveries.empty} />
            ) : (
              <ul className="grid gap-3 text-sm">
                {work.deliveries.map((delivery) => (
                  <li key={delivery.id} className="flex flex-wrap items-baseline justify-between gap-2">
                    <span>
                      <span className="font-medium">{delivery.title}</span>
                      <Link
                        href={`${base}/projects/${delivery.projectId}`}
                        className="block text-fg-muted hover:underline"
                      >
                        {delivery.projectName}
                      </Link>
                    </span>
                    <span className="flex items-center gap-3 text-fg-muted">
                      <time dateTime={delivery.deliveredAt.toISOString()}>{format.date(delivery.deliveredAt)}</time>
                      {delivery.url ? (
                        <a
                          href={delivery.url}
                          className="font-medium text-accent-text hover:underline"
                          rel="noreferrer"
                        >
                          {copy.deliveries.open}
                          <span className="sr-only">: {delivery.title}</span>
                        </a>
                      ) : null}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
      {baseline ? <BaselineCard baseline={baseline} t={t} locale={locale} /> : null}
    </div>
  );
}
