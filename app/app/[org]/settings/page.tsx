import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { Card } from "@/src/components/ui/card";
import { PageHeader } from "@/src/components/ui/page-header";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { deleteOrganization } from "@/src/settings/actions/delete-organization";
import { updateBranding } from "@/src/settings/actions/update-branding";
import { updateGeneralSettings } from "@/src/settings/actions/update-general-settings";
import { BrandingForm } from "@/src/settings/components/branding-form";
import { DeleteOrganizationForm } from "@/src/settings/components/delete-organization-form";
import { GeneralSettingsForm } from "@/src/settings/components/general-settings-form";
import { ViewAsActivityPanel } from "@/src/settings/components/view-as-activity-panel";
import { getOrganizationSettings } from "@/src/settings/queries/get-organization-settings";
import { getViewAsActivity } from "@/src/settings/queries/get-view-as-activity";
import { canManage, requireWorkspace } from "@/src/workspace/require-workspace";

type Props = {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** `?saved=1`: the dashboard moved to a new slug and the save is confirmed on arrival. */
const settingsSearchSchema = z.object({ saved: z.literal("1").optional().catch(undefined) });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { organization }] = await Promise.all([getTranslations(), requireWorkspace((await params).org)]);
  return { title: `${t.settings.title} · ${organization.name}` };
}

export default async function SettingsPage({ params, searchParams }: Props) {
  const { organization, role, plan, db } = await requireWorkspace((await params).org);
  const { saved } = settingsSearchSchema.parse(await searchParams);
  const [{ t, locale }, settings, viewAsActivity] = await Promise.all([
    getTranslations(),
    getOrganizationSettings(db, organization.id),
    // Owners only: the database answers nobody else, so others are not asked.
    role === "owner" ? getViewAsActivity(db, organization.id) : Promise.resolve(null),
  ]);
  const copy = t.settings;
  const manage = canManage(role);
  const brand = organization.whiteLabel;

  return (
    <div className="grid gap-6">
      <PageHeader title={copy.title} description={copy.description} />
      {manage ? null : (
        <p className="rounded-lg border border-border bg-surface-muted px-4 py-3 text-sm">{copy.readOnly}</p>
      )}
      <Card title={copy.general.title}>
        {manage ? (
          <GeneralSettingsForm
            action={updateGeneralSettings}
            slug={organization.slug}
            justSaved={saved === "1"}
            timeZones={Intl.supportedValuesOf("timeZone")}
            defaults={{
              name: organization.name,
              slug: organization.slug,
              timeZone: organization.timeZone,
              locale: organization.locale,
              billingEmail: settings.billingEmail ?? "",
            }}
          />
        ) : (
          <dl className="grid gap-4 text-sm sm:grid-cols-2">
            {[
              [copy.general.name, organization.name],
              [copy.general.slug, organization.slug],
              [copy.general.timeZone, organization.timeZone.replaceAll("_", " ")],
              [copy.general.locale, copy.general.locales[organization.locale]],
            ].map(([term, detail]) => (
              <div key={term}>
                <dt className="text-fg-muted">{term}</dt>
                <dd className="font-medium">{detail}</dd>
              </div>
            ))}
          </dl>
        )}
      </Card>
      <Card title={copy.branding.title} description={copy.branding.description}>
        {plan.features.white_label && manage ? (
          <BrandingForm
            action={updateBranding}
            slug={organization.slug}
            defaults={{
              brandName: brand.brand_name ?? "",
              primaryColor: brand.primary_color ?? "#1F4ED8",
              accentColor: brand.accent_color ?? "#FACC15",
              logoUrl: brand.logo_object
                ? `/app/${organization.slug}/brand-logo?v=${encodeURIComponent(brand.logo_object)}`
                : (brand.logo_url ?? null),
              customDomain: brand.custom_domain ?? null,
            }}
          />
        ) : plan.features.white_label ? (
          <p className="text-sm text-fg-muted">{brand.custom_domain ?? copy.branding.customDomainNone}</p>
        ) : (
          <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
            <p>{copy.branding.enterpriseOnly}</p>
            <Link href={`/app/${organization.slug}/billing`} className={buttonStyles({ variant: "secondary" })}>
              {copy.branding.upgrade}
            </Link>
          </div>
        )}
      </Card>
      {manage ? (
        <Card title={t.apiKeys.settingsCard.title} description={t.apiKeys.settingsCard.body}>
          <Link href={`/app/${organization.slug}/settings/api-keys`} className={buttonStyles({ variant: "secondary" })}>
            {t.apiKeys.settingsCard.open}
          </Link>
        </Card>
      ) : null}
      {role === "owner" ? (
        <Card title={t.privacy.organization.settingsCard.title} description={t.privacy.organization.settingsCard.body}>
          <Link href={`/app/${organization.slug}/settings/privacy`} className={buttonStyles({ variant: "secondary" })}>
            {t.privacy.organization.settingsCard.open}
          </Link>
        </Card>
      ) : null}
      <Card title={t.insights.byok.title} description={t.insights.byok.description}>
        <Link href={`/app/${organization.slug}/settings/openai`} className={buttonStyles({ variant: "secondary" })}>
          {t.insights.byok.nav}
        </Link>
      </Card>
      {viewAsActivity ? (
        <ViewAsActivityPanel activity={viewAsActivity} t={t} format={formatters(locale, organization.timeZone)} />
      ) : null}
      {role === "owner" ? (
        <Card title={copy.danger.title} description={copy.danger.description} className="border-danger/40">
          <DeleteOrganizationForm action={deleteOrganization} slug={organization.slug} />
        </Card>
      ) : null}
    </div>
  );
}
