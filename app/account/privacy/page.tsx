import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/src/auth/get-verified-user";
import { Card } from "@/src/components/ui/card";
import { LiveMessage } from "@/src/components/ui/live-message";
import { PageHeader } from "@/src/components/ui/page-header";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { cancelAccountDeletion } from "@/src/privacy/actions/cancel-account-deletion";
import { requestAccountDeletion } from "@/src/privacy/actions/request-account-deletion";
import { requestAccountExport } from "@/src/privacy/actions/request-account-export";
import { AccountDeletionForm } from "@/src/privacy/components/account-deletion-form";
import { CancelDeletionForm } from "@/src/privacy/components/cancel-deletion-form";
import { DataExportList } from "@/src/privacy/components/data-export-list";
import { RequestExportForm } from "@/src/privacy/components/request-export-form";
import { getPendingAccountDeletion } from "@/src/privacy/queries/get-account-deletion";
import { getSoleOwnedOrganizations } from "@/src/privacy/queries/get-sole-owned-organizations";
import { listDataExports } from "@/src/privacy/queries/list-data-exports";
import { getRequestIdentity } from "@/src/workspace/request-db";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  return { title: t.privacy.account.title };
}

/** The person's LGPD rights over their own account: a copy of their data, and deleting the account. */
export default async function AccountPrivacyPage() {
  const user = await requireUser("/account/privacy");
  const { db, actingUserId } = await getRequestIdentity(user);
  const [{ t, locale }, exports, pending, soleOwned] = await Promise.all([
    getTranslations(),
    listDataExports(db, { scope: "account", userId: actingUserId }),
    getPendingAccountDeletion(db, actingUserId),
    getSoleOwnedOrganizations(db, actingUserId),
  ]);
  const copy = t.privacy;
  const format = formatters(locale);
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <PageHeader title={copy.account.title} description={copy.account.description} />
      <Card title={copy.exports.title} description={copy.exports.accountIntro}>
        <div className="grid gap-4">
          <RequestExportForm action={requestAccountExport} />
          <DataExportList exports={exports} format={format} t={t} />
        </div>
      </Card>
      <div id="delete-account" className="scroll-mt-20">
        <Card title={copy.deletion.title} description={copy.deletion.intro} className="border-danger/40">
          {pending ? (
            <div className="grid gap-3">
              <LiveMessage
                tone="error"
                title={formatMessage(copy.deletion.pending, { date: format.dateTime(pending.eraseAfter) })}
              >
                {copy.deletion.pendingBody}
              </LiveMessage>
              <CancelDeletionForm action={cancelAccountDeletion} />
            </div>
          ) : soleOwned.length > 0 ? (
            <div className="grid gap-2 text-sm">
              <p>{copy.deletion.soleOwner}</p>
              <ul className="list-disc pl-5">
                {soleOwned.map((org) => (
                  <li key={org.slug}>
                    <Link href={`/app/${org.slug}/team`} className="font-medium text-accent-text underline">
                      {org.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <AccountDeletionForm action={requestAccountDeletion} email={user.email} />
          )}
        </Card>
      </div>
    </div>
  );
}
