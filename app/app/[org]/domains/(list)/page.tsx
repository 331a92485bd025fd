import type { Metadata } from "next";
import Link from "next/link";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { EmptyState } from "@/src/components/ui/empty-state";
import { PageHeader } from "@/src/components/ui/page-header";
import { DomainsTable } from "@/src/domains/components/domains-table";
import { getDomains } from "@/src/domains/queries/get-domains";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { canManage, requireWorkspace } from "@/src/workspace/require-workspace";

type Props = { params: Promise<{ org: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { organization }] = await Promise.all([getTranslations(), requireWorkspace((await params).org)]);
  return { title: `${t.domains.title} · ${organization.name}` };
}

export default async function DomainsPage({ params }: Props) {
  const { organization, role, db } = await requireWorkspace((await params).org);
  const [{ t, locale }, domains] = await Promise.all([getTranslations(), getDomains(db, organization.id)]);
  const copy = t.domains;
  const format = formatters(locale, organization.timeZone);
  const base = `/app/${organization.slug}/domains`;
  const manage = canManage(role);
  const now = new Date();
  const addDomain = manage ? (
    <Link href={`${base}/new`} className={buttonStyles()}>
      {copy.addDomain}
    </Link>
  ) : undefined;

  return (
    <div className="grid gap-6">
      <PageHeader title={copy.title} description={copy.description} actions={addDomain} />
      {domains.length === 0 ? (
        <EmptyState
          icon="globe"
          title={copy.empty.title}
          body={manage ? copy.empty.manage : copy.empty.member}
          action={addDomain}
        />
      ) : (
        <>
          <DomainsTable domains={domains} baseHref={base} now={now} t={t} format={format} />
          {domains.some((domain) => domain.status === "pending") ? (
            <p className="text-sm text-fg-muted">{copy.pendingNote}</p>
          ) : null}
        </>
      )}
    </div>
  );
}
