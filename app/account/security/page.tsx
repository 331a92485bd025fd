import type { Metadata } from "next";
import { requireUser } from "@/src/auth/get-verified-user";
import { safeNextPath } from "@/src/auth/safe-next-path";
import { searchParam, type SearchParams } from "@/src/auth/search-param";
import { Card } from "@/src/components/ui/card";
import { EmptyState } from "@/src/components/ui/empty-state";
import { LiveMessage } from "@/src/components/ui/live-message";
import { PageHeader } from "@/src/components/ui/page-header";
import { getTranslations } from "@/src/i18n/get-translations";
import { EnrollTotp } from "@/src/mfa/components/enroll-totp";
import { FactorList } from "@/src/mfa/components/factor-list";
import { getFactors } from "@/src/mfa/queries/get-factors";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: t.security.page.title };
}

/** The account's authenticator apps: add one (QR code, key, first code), see them, remove one. */
export default async function SecurityPage({ searchParams }: { searchParams: SearchParams }) {
  await requireUser("/account/security");
  const rawNext = searchParam((await searchParams).next);
  // Only the agency area sends people here to come back; anything else stays on this page.
  const next = rawNext ? safeNextPath(rawNext) : undefined;
  const [{ t }, factors] = await Promise.all([getTranslations(), getFactors()]);
  const copy = t.security.page;
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <PageHeader title={copy.title} description={copy.description} />
      {next === "/admin" ? <LiveMessage tone="error">{copy.staffRequired}</LiveMessage> : null}
      <Card title={copy.factorsTitle}>
        {factors.length > 0 ? (
          <FactorList factors={factors} />
        ) : (
          <EmptyState icon="key" title={copy.empty.title} body={copy.empty.body} />
        )}
      </Card>
      <EnrollTotp next={next} />
    </div>
  );
}
