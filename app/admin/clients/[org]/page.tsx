import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { auditHref } from "@/src/admin/audit-search";
import { AuditList } from "@/src/admin/components/audit-list";
import { ClientReportsCard } from "@/src/admin/components/client-reports-card";
import { OverrideForms } from "@/src/admin/components/override-forms";
import { ViewAsForm } from "@/src/admin/components/view-as-form";
import { AiUsageCard } from "@/src/ai/components/ai-usage-card";
import { getAiUsage } from "@/src/ai/queries/get-ai-usage";
import { getOpenaiKey } from "@/src/ai/queries/get-openai-key";
import { getAuditEntries } from "@/src/admin/queries/get-audit-entries";
import { getClient } from "@/src/admin/queries/get-client";
import { getClientBilling } from "@/src/admin/queries/get-client-billing";
import { getClientEstate } from "@/src/admin/queries/get-client-estate";
import { getClientLimits } from "@/src/admin/queries/get-client-limits";
import { getClientMembers } from "@/src/admin/queries/get-client-members";
import { getClientReports } from "@/src/admin/queries/get-client-reports";
import { requireAdmin } from "@/src/admin/require-admin";
import { Card } from "@/src/components/ui/card";
import { ClientConnections } from "@/src/connections/components/client-connections";
import { getAdAccounts } from "@/src/connections/queries/get-ad-accounts";
import { getPlanPlatforms } from "@/src/connections/queries/get-plan-platforms";
import { getTrafficSources } from "@/src/connections/queries/get-traffic-sources";
import { PageHeader } from "@/src/components/ui/page-header";
import { StatusBadge } from "@/src/components/ui/status-badge";
import { UsageMeter } from "@/src/components/ui/usage-meter";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";

type Props = { params: Promise<{ org: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { db } = await requireAdmin();
  const [{ t }, client] = await Promise.all([getTranslations(), getClient(db, (await params).org)]);
  return { title: `${client?.name ?? t.agency.clients.title} · ${t.admin.title}` };
}

export default async function ClientPage({ params }: Props) {
  const { db, isStaffAdmin } = await requireAdmin();
  const client = await getClient(db, (await params).org);
  if (!client) notFound();
  const [
    { t, locale },
    members,
    limits,
    billing,
    estate,
    audit,
    reports,
    aiUsage,
    ownKey,
    adAccounts,
    trafficSources,
    platforms,
  ] = await Promise.all([
    getTranslations(),
    getClientMembers(db, client.id),
    getClientLimits(db, client.id, client.tier),
    getClientBilling(db, client.id),
    getClientEstate(db, client.id),
    getAuditEntries(db, { org: client.slug }, 8),
    getClientReports(db, client.id),
    getAiUsage(db, client.id, client.timeZone),
    getOpenaiKey(db, client.id),
    getAdAccounts(db, client.id),
    getTrafficSources(db, client.id),
    getPlanPlatforms(db, client.id),
  ]);
  const copy = t.agency.client;
  const format = formatters(locale, client.timeZone);
  const tierName = t.workspace.tiers[client.tier as keyof typeof t.workspace.tiers] ?? client.planName;
  const limitText = (key: string, value: number | null) =>
    value === null ? copy.unlimited : key === "storage_bytes" ? format.bytes(value) : format.number(value);

  return (
    <div className="grid gap-6">
      <PageHeader
        title={client.name}
        breadcrumbs={[{ label: t.agency.clients.title, href: "/admin/clients" }, { label: client.name }]}
        breadcrumbsLabel={t.agency.breadcrumbsLabel}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-mono text-xs">{client.slug}</span>
            <StatusBadge tone="info">{tierName}</StatusBadge>
          </span>
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <Card title={copy.members}>
          {members.length === 0 ? (
            <p className="text-sm text-fg-muted">{copy.membersEmpty}</p>
          ) : (
            <ul className="divide-y divide-border">
              {members.map((member) => {
                const name = member.name ?? member.email ?? member.userId.slice(0, 8);
                return (
                  <li key={member.userId} className="flex flex-wrap items-center justify-between gap-3 py-3">
                    <div className="min-w-0">
                      <p className="font-medium break-words">{name}</p>
                      <p className="text-sm break-all text-fg-muted">
                        {member.email} · {t.workspace.roles[member.role]}
                      </p>
                    </div>
                    {member.isStaff ? (
                      <span className="text-sm text-fg-muted">{copy.staffMember}</span>
                    ) : (
                      <ViewAsForm
                        slug={client.slug}
                        targetUserId={member.userId}
                        targetName={name}
                        canWrite={isStaffAdmin}
                      />
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </Card>

        <Card title={copy.subscription}>
          <div className="grid gap-4 text-sm">
            {billing.subscriptions.length === 0 ? (
              <p className="text-fg-muted">{copy.noSubscription}</p>
            ) : (
              <ul className="grid gap-2">
                {billing.subscriptions.map((subscription, index) => (
                  <li key={index} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <StatusBadge tone={subscription.status === "active" ? "success" : "neutral"}>
                      {t.agency.revenue.statuses[subscription.status as keyof typeof t.agency.revenue.statuses] ??
                        subscription.status}
                    </StatusBadge>
                    <span className="font-medium">
                      {t.workspace.tiers[subscription.planKey as keyof typeof t.workspace.tiers] ??
                        subscription.planKey}
                    </span>
                    <span className="tabular-nums">{format.money(subscription.amount, subscription.currency)}</span>
                    <span className="text-fg-muted">
                      {formatMessage(copy.periodEnds, { date: format.date(subscription.currentPeriodEnd) })}
                    </span>
                    {subscription.cancelAtPeriodEnd ? <span className="text-warning">{copy.cancelsAtEnd}</span> : null}
                  </li>
                ))}
              </ul>
            )}
            <div>
              <h3 className="mb-2 font-medium">{copy.invoices}</h3>
              {billing.invoices.length === 0 ? (
                <p className="text-fg-muted">{copy.invoicesEmpty}</p>
              ) : (
                <ul className="grid gap-1">
                  {billing.invoices.map((invoice) => (
                    <li key={invoice.eventId} className="flex flex-wrap justify-between gap-3">
                      <span>
                        {invoice.type === "invoice.paid"
                          ? copy.invoiceTypes.paid
                          : invoice.type === "invoice.payment_failed"
                            ? copy.invoiceTypes.failed
                            : copy.invoiceTypes.other}{" "}
                        · {format.date(invoice.at)}
                      </span>
                      <span className="tabular-nums">
                        {invoice.amount === null ? "" : format.money(invoice.amount, invoice.currency ?? "BRL")}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        </Card>
      </div>

      <AiUsageCard usage={aiUsage} ownKey={ownKey !== null} t={t} format={format} />
      <Card title={copy.limits} description={copy.limitsHint}>
        <ul className="grid gap-5 md:grid-cols-2">
          {limits.map((limit) => {
            const effective = limit.override ? limit.override.value : limit.planValue;
            return (
              <li key={limit.key} className="grid gap-2 rounded-lg border border-border p-3">
                <UsageMeter
                  label={t.workspace.limits[limit.key]}
                  used={limit.usage}
                  limit={effective}
                  usedText={limitText(limit.key, limit.usage)}
                  summary={`${limitText(limit.key, limit.usage)} / ${limitText(limit.key, effective)}`}
                />
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-xs">
                  <dt className="text-fg-muted">{copy.limitColumns.plan}</dt>
                  <dd>{limitText(limit.key, limit.planValue)}</dd>
                  <dt className="text-fg-muted">{copy.limitColumns.override}</dt>
                  <dd>
                    {limit.override ? (
                      <>
                        <strong>{limitText(limit.key, limit.override.value)}</strong>{" "}
                        <span className="text-fg-muted">
                          {formatMessage(copy.overrideReason, { reason: limit.override.reason })}
                        </span>
                      </>
                    ) : (
                      copy.noOverride
                    )}
                  </dd>
                </dl>
                {isStaffAdmin ? (
                  <OverrideForms slug={client.slug} limitKey={limit.key} hasOverride={limit.override !== null} />
                ) : null}
              </li>
            );
          })}
        </ul>
        {isStaffAdmin ? null : <p className="mt-4 text-sm text-fg-muted">{copy.onlyAdmins}</p>}
      </Card>

      <ClientReportsCard slug={client.slug} reports={reports} t={t} format={format} />

      <div className="grid items-start gap-6 lg:grid-cols-3">
        <Card title={copy.projects}>
          {estate.projects.length === 0 ? (
            <p className="text-sm text-fg-muted">{copy.projectsEmpty}</p>
          ) : (
            <ul className="grid gap-2 text-sm">
              {estate.projects.map((project) => (
                <li key={project.id} className="flex justify-between gap-3">
                  <span className="min-w-0 break-words">{project.name}</span>
                  <span className="text-fg-muted tabular-nums">{format.percent(project.completion / 100)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={copy.domains}>
          {estate.domains.length === 0 ? (
            <p className="text-sm text-fg-muted">{copy.domainsEmpty}</p>
          ) : (
            <ul className="grid gap-2 text-sm">
              {estate.domains.map((domain) => (
                <li key={domain.id} className="flex justify-between gap-3">
                  <span className="min-w-0 break-all">{domain.name}</span>
                  <span className="text-fg-muted">{domain.status}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={copy.incidents}>
          {estate.incidents.length === 0 ? (
            <p className="text-sm text-fg-muted">{copy.incidentsEmpty}</p>
          ) : (
            <ul className="grid gap-2 text-sm">
              {estate.incidents.map((incident) => (
                <li key={incident.id} className="grid gap-0.5">
                  <span className="flex flex-wrap items-center gap-2">
                    <StatusBadge tone={incident.resolvedAt ? "neutral" : "danger"}>
                      {incident.resolvedAt ? copy.resolved : copy.open}
                    </StatusBadge>
                    <span className="break-words">{incident.title}</span>
                  </span>
                  <span className="text-xs text-fg-muted">{format.dateTime(incident.startedAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>

      <ClientConnections
        slug={client.slug}
        accounts={adAccounts}
        sources={trafficSources}
        platforms={platforms}
        copy={t.connections}
        format={format}
      />

      <Card
        title={copy.audit}
        action={
          <Link href={auditHref({ org: client.slug })} className="text-sm font-medium text-accent-text hover:underline">
            {copy.auditAll}
          </Link>
        }
      >
        {audit.entries.length === 0 ? (
          <p className="text-sm text-fg-muted">{t.agency.audit.empty.body}</p>
        ) : (
          <AuditList entries={audit.entries} t={t} format={format} />
        )}
      </Card>
    </div>
  );
}
