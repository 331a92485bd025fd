import type { Metadata } from "next";
import { Card } from "@/src/components/ui/card";
import { PageHeader } from "@/src/components/ui/page-header";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { createTicket } from "@/src/tickets/actions/create-ticket";
import { TicketForm } from "@/src/tickets/components/ticket-form";
import { formatResponseTime } from "@/src/tickets/format-response-time";
import { getAttachmentRoom } from "@/src/tickets/queries/get-attachment-room";
import { getProjectOptions } from "@/src/tickets/queries/get-project-options";
import { getTicketAllowance } from "@/src/tickets/queries/get-ticket-allowance";
import { LimitReached } from "@/src/usage/components/limit-reached";
import { requireWorkspace } from "@/src/workspace/require-workspace";

type Props = { params: Promise<{ org: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { organization }] = await Promise.all([getTranslations(), requireWorkspace((await params).org)]);
  return { title: `${t.tickets.form.title} · ${organization.name}` };
}

/**
 * "New ticket", for every member of the organization. At the month's limit the form gives way to the
 * explanation, the reset date and the upgrade; the database has the last word (two tabs racing for the last
 * ticket), and the form then shows the same explanation.
 */
export default async function NewTicketPage({ params }: Props) {
  const workspace = await requireWorkspace((await params).org);
  const { organization, plan, limits, db } = workspace;
  const [{ t, locale }, allowance, projects, storage] = await Promise.all([
    getTranslations(),
    getTicketAllowance(db, organization.id, organization.timeZone),
    getProjectOptions(db, organization.id),
    getAttachmentRoom(workspace),
  ]);
  const copy = t.tickets;
  const format = formatters(locale, organization.timeZone);
  const base = `/app/${organization.slug}`;
  const planName = t.workspace.tiers[plan.key as keyof typeof t.workspace.tiers] ?? plan.name;
  const limit = limits.tickets_per_month;
  const used = allowance.usedThisMonth;
  const atLimit = limit !== null && used >= limit;
  const resetsOn = format.date(allowance.resetsAt);

  return (
    <div className="grid gap-6">
      <PageHeader
        title={copy.form.title}
        description={atLimit ? undefined : copy.form.description}
        breadcrumbs={[{ label: copy.title, href: `${base}/tickets` }, { label: copy.form.title }]}
        breadcrumbsLabel={t.workspace.breadcrumbsLabel}
      />
      {atLimit ? (
        <LimitReached
          title={copy.limit.title}
          message={formatMessage(copy.limit.message, {
            used: format.number(used),
            limit: format.number(limit),
            plan: planName,
          })}
          body={formatMessage(copy.limit.body, { date: resetsOn })}
          upgradeHref={`${base}/billing`}
          upgradeLabel={t.workspace.limits.upgradeCta}
        />
      ) : (
        <TicketForm
          action={createTicket}
          slug={organization.slug}
          planName={planName}
          resetsOn={resetsOn}
          projects={projects}
          storage={storage}
          aside={
            <Card title={copy.stats.allowance}>
              <div className="grid gap-2 text-sm text-fg-muted">
                <p>
                  {limit === null
                    ? formatMessage(copy.form.usageUnlimited, { plan: planName })
                    : formatMessage(copy.form.usage, {
                        used: format.number(used),
                        limit: format.number(limit),
                        plan: planName,
                      })}
                </p>
                {limit === null ? null : <p>{formatMessage(copy.stats.resetsOn, { date: resetsOn })}</p>}
                <p>
                  {plan.slaFirstResponseHours === null
                    ? copy.form.slaNone
                    : formatMessage(copy.form.sla, {
                        time: formatResponseTime(plan.slaFirstResponseHours * 3600, locale),
                      })}
                </p>
              </div>
            </Card>
          }
        />
      )}
    </div>
  );
}
