import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { Card } from "@/src/components/ui/card";
import { EmptyState } from "@/src/components/ui/empty-state";
import { PageHeader } from "@/src/components/ui/page-header";
import { DnsRecordsTable } from "@/src/domains/components/dns-records-table";
import { DomainStatusBadge } from "@/src/domains/components/domain-status-badge";
import { SslStatus } from "@/src/domains/components/ssl-status";
import { renewalNeedsAttention } from "@/src/domains/domain-status";
import { getDomain } from "@/src/domains/queries/get-domain";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { requireWorkspace } from "@/src/workspace/require-workspace";

type Props = { params: Promise<{ org: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { org, id } = await params;
  const [{ t }, { organization, db }] = await Promise.all([getTranslations(), requireWorkspace(org)]);
  const domain = await getDomain(db, organization.id, id);
  return { title: `${domain?.name ?? t.domains.title} · ${organization.name}` };
}

function Facts({ rows }: { rows: Array<[string, ReactNode]> }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-fg-muted">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function DomainPage({ params }: Props) {
  const { org, id } = await params;
  const { organization, db } = await requireWorkspace(org);
  const [{ t, locale }, domain] = await Promise.all([getTranslations(), getDomain(db, organization.id, id)]);
  // The layout already answered 404; this only narrows the type.
  if (!domain) notFound();
  const copy = t.domains;
  const format = formatters(locale, organization.timeZone);
  const now = new Date();
  const unknown = <span className="text-fg-muted">{copy.unknown}</span>;
  const date = (value: Date | null) =>
    value ? <time dateTime={value.toISOString()}>{format.date(value)}</time> : unknown;

  return (
    <div className="grid gap-6">
      <PageHeader
        title={domain.name}
        breadcrumbs={[{ label: copy.title, href: `/app/${organization.slug}/domains` }, { label: domain.name }]}
        breadcrumbsLabel={t.workspace.breadcrumbsLabel}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <DomainStatusBadge status={domain.status} t={t} />
            <SslStatus status={domain.sslStatus} expiresAt={domain.sslExpiresAt} now={now} t={t} format={format} />
          </span>
        }
      />

      {domain.status === "pending" ? (
        <p className="rounded-xl border border-warning/30 bg-warning-soft px-4 py-3 text-sm">{copy.pendingNote}</p>
      ) : null}

      <div className="grid gap-6 md:grid-cols-2 xl:grid-cols-3">
        <Card title={copy.detail.registration}>
          <Facts
            rows={[
              [copy.detail.status, <DomainStatusBadge key="status" status={domain.status} t={t} />],
              [copy.detail.registrar, domain.registrar ?? unknown],
              [copy.detail.registeredAt, date(domain.registeredAt)],
              [copy.detail.renewsAt, date(domain.renewsAt)],
              [copy.detail.autoRenew, domain.autoRenew ? copy.detail.on : copy.detail.off],
            ]}
          />
          {domain.renewsAt && renewalNeedsAttention(domain.renewsAt, domain.autoRenew, now) ? (
            <p className="mt-3 text-sm font-medium text-warning">
              {formatMessage(copy.renewSoonManual, { date: format.date(domain.renewsAt) })}
            </p>
          ) : null}
        </Card>
        <Card title={copy.detail.certificate}>
          <Facts
            rows={[
              [
                copy.detail.sslStatus,
                <SslStatus
                  key="ssl"
                  status={domain.sslStatus}
                  expiresAt={domain.sslExpiresAt}
                  now={now}
                  t={t}
                  format={format}
                />,
              ],
              [copy.detail.sslProvider, domain.sslProvider ?? unknown],
              [copy.detail.sslExpiresAt, date(domain.sslExpiresAt)],
            ]}
          />
        </Card>
        <Card title={copy.detail.nameservers} className="md:col-span-2 xl:col-span-1">
          {domain.nameservers.length === 0 ? (
            <p className="text-sm text-fg-muted">{copy.detail.nameserversEmpty}</p>
          ) : (
            <ul className="grid gap-1.5 font-mono text-sm">
              {domain.nameservers.map((nameserver) => (
                <li key={nameserver} className="break-all">
                  {nameserver}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>

      <Card title={copy.dns.title} description={domain.dnsRecords.length > 0 ? copy.dns.changeNote : undefined}>
        {domain.dnsRecords.length === 0 ? (
          <EmptyState icon="list" title={copy.dns.empty} />
        ) : (
          <DnsRecordsTable domain={domain.name} records={domain.dnsRecords} t={t} format={format} />
        )}
      </Card>
    </div>
  );
}
