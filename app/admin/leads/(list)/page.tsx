import type { Metadata } from "next";
import { leadSearchSchema, leadsHref, leadStatuses } from "@/src/admin/lead-search";
import { getLeads } from "@/src/admin/queries/get-leads";
import { requireAdmin } from "@/src/admin/require-admin";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { EmptyState } from "@/src/components/ui/empty-state";
import { PageHeader } from "@/src/components/ui/page-header";
import { SelectField } from "@/src/components/ui/select-field";
import { TableScroll } from "@/src/components/ui/table-scroll";
import { TextField } from "@/src/components/ui/text-field";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { ListPagination } from "@/src/tickets/components/list-pagination";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  await requireAdmin();
  const { t } = await getTranslations();
  return { title: `${t.agency.leads.title} · ${t.admin.title}` };
}

export default async function LeadsPage({ searchParams }: Props) {
  const { db } = await requireAdmin();
  const search = leadSearchSchema.parse(await searchParams);
  const [{ t, locale }, list] = await Promise.all([getTranslations(), getLeads(db, search)]);
  const copy = t.agency.leads;
  const format = formatters(locale);
  const head = "px-3 py-2 text-left font-medium whitespace-nowrap";
  return (
    <div className="grid gap-6">
      <PageHeader
        title={copy.title}
        description={copy.description}
        actions={
          // A plain link: the browser downloads the file the route answers.
          <a
            href={leadsHref({ ...search, page: 1 }, "/admin/leads/export")}
            className={buttonStyles({ variant: "secondary" })}
          >
            {copy.exportCsv}
          </a>
        }
      />
      <form
        role="search"
        aria-label={copy.search}
        method="get"
        action="/admin/leads"
        className="grid grid-cols-2 items-end gap-3 rounded-xl border border-border bg-surface p-4 shadow-xs md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto]"
      >
        <div className="col-span-2 md:col-span-1">
          <TextField label={copy.search} name="q" type="search" defaultValue={search.q ?? ""} maxLength={100} />
        </div>
        <SelectField label={copy.status} name="status" defaultValue={search.status ?? ""}>
          <option value="">{copy.anyStatus}</option>
          {leadStatuses.map((status) => (
            <option key={status} value={status}>
              {copy.statuses[status]}
            </option>
          ))}
        </SelectField>
        <SelectField label={copy.consent} name="consent" defaultValue={search.consent ?? ""}>
          <option value="">{copy.anyConsent}</option>
          <option value="yes">{copy.consentYes}</option>
          <option value="no">{copy.consentNo}</option>
        </SelectField>
        <button type="submit" className={buttonStyles({ variant: "secondary" })}>
          {copy.apply}
        </button>
      </form>
      {list.leads.length === 0 ? (
        <EmptyState icon="inbox" title={copy.empty.title} body={copy.empty.body} />
      ) : (
        <>
          <p aria-live="polite" className="-mb-3 text-sm text-fg-muted">
            {format.plural(list.total, copy.results)}
          </p>
          <TableScroll label={copy.tableLabel} className="rounded-xl border border-border bg-surface shadow-xs">
            <table className="w-full text-sm">
              <thead className="border-b border-border bg-surface-muted/60 text-fg-muted">
                <tr>
                  {Object.values(copy.columns).map((label) => (
                    <th key={label} scope="col" className={head}>
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-border">
                {list.leads.map((lead) => (
                  <tr key={lead.id}>
                    <th scope="row" className="px-3 py-2 text-left font-medium">
                      <span className="block break-all">{lead.email}</span>
                      <span className="block text-xs font-normal text-fg-muted">
                        {[lead.name, lead.company].filter(Boolean).join(" · ") ||
                          copy.statuses[lead.status as keyof typeof copy.statuses]}
                      </span>
                    </th>
                    <td className="max-w-56 px-3 py-2 break-all">{lead.url ?? copy.none}</td>
                    <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                      {lead.scores
                        ? [
                            lead.scores.performance,
                            lead.scores.accessibility,
                            lead.scores.bestPractices,
                            lead.scores.seo,
                          ]
                            .map((score) => score ?? copy.none)
                            .join(" / ")
                        : copy.none}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {lead.consentAt
                        ? formatMessage(copy.consentGiven, {
                            date: format.date(lead.consentAt),
                            version: lead.consentTextVersion ?? "",
                          })
                        : copy.noConsent}
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">
                      {copy.statuses[lead.status as keyof typeof copy.statuses] ?? lead.status} ·{" "}
                      {formatMessage(copy.nurtureStep, { step: String(lead.nurtureStep) })}
                    </td>
                    <td className="px-3 py-2 text-xs">
                      {Object.entries(lead.utm)
                        .map(([key, value]) => `${key.replace(/^utm_/, "")}: ${value}`)
                        .join(", ") || copy.none}
                    </td>
                    <td className="px-3 py-2">{lead.convertedOrgName ?? copy.none}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <ListPagination
            page={list.page}
            pages={list.pages}
            hrefFor={(page) => leadsHref({ ...search, page })}
            t={t}
            format={format}
          />
        </>
      )}
    </div>
  );
}
