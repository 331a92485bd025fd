import type { Metadata } from "next";
import { OpenaiKeyForm, RemoveOpenaiKeyButton } from "@/src/ai/components/openai-key-form";
import { getOpenaiKey } from "@/src/ai/queries/get-openai-key";
import { Card } from "@/src/components/ui/card";
import { PageHeader } from "@/src/components/ui/page-header";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { canManage, requireWorkspace } from "@/src/workspace/require-workspace";

type Props = { params: Promise<{ org: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { organization }] = await Promise.all([getTranslations(), requireWorkspace((await params).org)]);
  return { title: `${t.insights.byok.title} · ${organization.name}` };
}

/**
 * Settings → OpenAI key: whether the organization uses its own key (only its last four characters are ever
 * shown), and for owners and admins the form to save, replace or remove it.
 */
export default async function OpenaiKeyPage({ params }: Props) {
  const { organization, role, db } = await requireWorkspace((await params).org);
  const [{ t, locale }, key] = await Promise.all([getTranslations(), getOpenaiKey(db, organization.id)]);
  const copy = t.insights.byok;
  const format = formatters(locale, organization.timeZone);

  return (
    <div className="grid gap-6">
      <PageHeader
        title={copy.title}
        description={copy.description}
        breadcrumbsLabel={copy.settings}
        breadcrumbs={[{ label: copy.settings, href: `/app/${organization.slug}/settings` }, { label: copy.nav }]}
      />
      <Card title={copy.nav}>
        <div className="grid gap-4">
          {key ? (
            <div className="flex flex-wrap items-center justify-between gap-3">
              <p className="text-sm">
                {formatMessage(copy.current, { last4: key.last4 })}{" "}
                <span className="text-fg-muted">
                  {formatMessage(copy.updated, { when: format.relative(key.updatedAt) })}
                </span>
              </p>
              {canManage(role) ? <RemoveOpenaiKeyButton slug={organization.slug} copy={copy} /> : null}
            </div>
          ) : (
            <p className="text-sm text-fg-muted">{copy.none}</p>
          )}
          {canManage(role) ? (
            <OpenaiKeyForm slug={organization.slug} hasKey={key !== null} copy={copy} />
          ) : (
            <p className="rounded-lg border border-border bg-surface-muted px-4 py-3 text-sm">{copy.managersOnly}</p>
          )}
        </div>
      </Card>
    </div>
  );
}
