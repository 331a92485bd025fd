import type { Metadata } from "next";
import Link from "next/link";
import { auditActions, auditHref, auditSearchSchema } from "@/src/admin/audit-search";
import { AuditList } from "@/src/admin/components/audit-list";
import { getAuditEntries } from "@/src/admin/queries/get-audit-entries";
import { requireAdmin } from "@/src/admin/require-admin";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { EmptyState } from "@/src/components/ui/empty-state";
import { PageHeader } from "@/src/components/ui/page-header";
import { SelectField } from "@/src/components/ui/select-field";
import { TextField } from "@/src/components/ui/text-field";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  await requireAdmin();
  const { t } = await getTranslations();
  return { title: `${t.agency.audit.title} · ${t.admin.title}` };
}

export default async function AuditPage({ searchParams }: Props) {
  const { db } = await requireAdmin();
  const search = auditSearchSchema.parse(await searchParams);
  const [{ t, locale }, audit] = await Promise.all([getTranslations(), getAuditEntries(db, search)]);
  const copy = t.agency.audit;
  const filters = copy.filters;
  const format = formatters(locale);
  return (
    <div className="grid gap-6">
      <PageHeader title={copy.title} description={copy.description} />
      <form
        role="search"
        aria-label={filters.apply}
        method="get"
        action="/admin/audit"
        className="grid grid-cols-2 items-end gap-3 rounded-xl border border-border bg-surface p-4 shadow-xs lg:grid-cols-4"
      >
        <TextField label={filters.org} name="org" defaultValue={search.org ?? ""} maxLength={48} />
        <TextField label={filters.table} name="table" defaultValue={search.table ?? ""} maxLength={63} />
        <SelectField label={filters.action} name="action" defaultValue={search.action ?? ""}>
          <option value="">{filters.anyAction}</option>
          {auditActions.map((action) => (
            <option key={action} value={action}>
              {copy.actions[action]}
            </option>
          ))}
        </SelectField>
        <TextField label={filters.actor} name="actor" defaultValue={search.actor ?? ""} maxLength={36} />
        <TextField label={filters.from} name="from" type="date" defaultValue={search.from ?? ""} />
        <TextField label={filters.to} name="to" type="date" defaultValue={search.to ?? ""} />
        <label className="col-span-2 flex items-center gap-2 text-sm">
          <input type="checkbox" name="viewAs" value="1" defaultChecked={search.viewAs === "1"} className="size-4" />
          {filters.viewAs}
        </label>
        <div className="col-span-2 flex flex-wrap gap-2 lg:col-span-4">
          <button type="submit" className={buttonStyles({ variant: "secondary" })}>
            {filters.apply}
          </button>
          <Link href="/admin/audit" className={buttonStyles({ variant: "ghost" })}>
            {filters.clear}
          </Link>
        </div>
      </form>
      {audit.entries.length === 0 ? (
        <EmptyState icon="list" title={copy.empty.title} body={copy.empty.body} />
      ) : (
        <>
          <AuditList entries={audit.entries} t={t} format={format} />
          <nav aria-label={copy.title} className="flex justify-between gap-3">
            {audit.page > 1 ? (
              <Link
                href={auditHref({ ...search, page: audit.page - 1 })}
                className={buttonStyles({ variant: "secondary" })}
              >
                {copy.newer}
              </Link>
            ) : (
              <span />
            )}
            {audit.hasMore ? (
              <Link
                href={auditHref({ ...search, page: audit.page + 1 })}
                className={buttonStyles({ variant: "secondary" })}
              >
                {copy.older}
              </Link>
            ) : null}
          </nav>
        </>
      )}
    </div>
  );
}
