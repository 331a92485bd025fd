import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/src/components/ui/card";
import { PageHeader } from "@/src/components/ui/page-header";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { requestOrganizationExport } from "@/src/privacy/actions/request-organization-export";
import { DataExportList } from "@/src/privacy/components/data-export-list";
import { RequestExportForm } from "@/src/privacy/components/request-export-form";
import { listDataExports } from "@/src/privacy/queries/list-data-exports";
import { requireWorkspace } from "@/src/workspace/require-workspace";

type Props = { params: Promise<{ org: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { organization }] = await Promise.all([getTranslations(), requireWorkspace((await params).org)]);
  return { title: `${t.privacy.organization.title} · ${organization.name}` };
}

/** The owners' export of everything the organization holds; nobody else has the page. */
export default async function OrganizationPrivacyPage({ params }: Props) {
  const { organization, role, db } = await requireWorkspace((await params).org);
  if (role !== "owner") notFound();
  const [{ t, locale }, exports] = await Promise.all([
    getTranslations(),
    listDataExports(db, { scope: "organization", orgId: organization.id }),
  ]);
  const copy = t.privacy;
  return (
    <div className="grid gap-6">
      <PageHeader title={copy.organization.title} description={copy.organization.description} />
      <Card title={copy.exports.title} description={copy.exports.organizationIntro}>
        <div className="grid gap-4">
          <RequestExportForm action={requestOrganizationExport} slug={organization.slug} />
          <DataExportList exports={exports} format={formatters(locale, organization.timeZone)} t={t} />
        </div>
      </Card>
    </div>
  );
}
