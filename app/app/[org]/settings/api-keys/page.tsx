import type { Metadata } from "next";
import Link from "next/link";
import { ApiKeyList } from "@/src/api/components/api-key-list";
import { CreateApiKeyForm } from "@/src/api/components/create-api-key-form";
import { getApiKeys } from "@/src/api/queries/get-api-keys";
import { Card } from "@/src/components/ui/card";
import { PageHeader } from "@/src/components/ui/page-header";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { todayIn } from "@/src/projects/today-in";
import { canManage, requireWorkspace } from "@/src/workspace/require-workspace";

type Props = { params: Promise<{ org: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { organization }] = await Promise.all([getTranslations(), requireWorkspace((await params).org)]);
  return { title: `${t.apiKeys.title} · ${organization.name}` };
}

/** Settings → API keys: owners and admins create, see and revoke the organization's keys. */
export default async function ApiKeysPage({ params }: Props) {
  const { organization, role, db } = await requireWorkspace((await params).org);
  const manage = canManage(role);
  const [{ t, locale }, keys] = await Promise.all([
    getTranslations(),
    manage ? getApiKeys(db, organization.id) : Promise.resolve([]),
  ]);
  const copy = t.apiKeys;
  const settingsHref = `/app/${organization.slug}/settings`;

  return (
    <div className="grid gap-6">
      <PageHeader
        title={copy.title}
        description={copy.description}
        breadcrumbsLabel={copy.breadcrumbs}
        breadcrumbs={[{ label: copy.settings, href: settingsHref }, { label: copy.title }]}
        actions={
          <Link href="/api-reference" className="text-sm font-semibold text-accent-text underline">
            {copy.reference}
          </Link>
        }
      />
      {manage ? (
        <>
          <Card title={copy.create.title}>
            <CreateApiKeyForm slug={organization.slug} today={todayIn(organization.timeZone)} />
          </Card>
          <Card title={copy.list.title}>
            <ApiKeyList keys={keys} slug={organization.slug} t={t} format={formatters(locale, organization.timeZone)} />
          </Card>
        </>
      ) : (
        <p className="rounded-lg border border-border bg-surface-muted px-4 py-3 text-sm">{copy.managersOnly}</p>
      )}
    </div>
  );
}
