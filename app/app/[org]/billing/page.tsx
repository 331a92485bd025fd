import type { Metadata } from "next";
import { AiUsageCard } from "@/src/ai/components/ai-usage-card";
import { getAiUsage } from "@/src/ai/queries/get-ai-usage";
import { getOpenaiKey } from "@/src/ai/queries/get-openai-key";
import { CurrentPlanCard } from "@/src/billing/components/current-plan-card";
import { PlanComparison } from "@/src/billing/components/plan-comparison";
import { z } from "zod";
import { onlinePaymentReady } from "@/src/billing/online-payment";
import { getBilling } from "@/src/billing/queries/get-billing";
import { getBillingCustomer } from "@/src/billing/queries/get-billing-customer";
import { Card } from "@/src/components/ui/card";
import { LiveMessage } from "@/src/components/ui/live-message";
import { PageHeader } from "@/src/components/ui/page-header";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { UsageMeters } from "@/src/usage/components/usage-meters";
import { getUsage } from "@/src/usage/queries/get-usage";
import { canManage, requireWorkspace } from "@/src/workspace/require-workspace";

type Props = { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Stripe Checkout's cancel_url brings the owner back with `?checkout=canceled`. */
const searchSchema = z.object({ checkout: z.enum(["canceled"]).optional().catch(undefined) });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { organization }] = await Promise.all([getTranslations(), requireWorkspace((await params).org)]);
  return { title: `${t.billing.title} · ${organization.name}` };
}

export default async function BillingPage({ params, searchParams }: Props) {
  const { organization, plan, role, limits, db } = await requireWorkspace((await params).org);
  const manager = canManage(role);
  const [{ t, locale }, billing, usage, customer, search, aiUsage, ownKey] = await Promise.all([
    getTranslations(),
    getBilling(db, organization.id),
    getUsage(db, organization.id),
    manager ? getBillingCustomer(db, organization.id) : Promise.resolve(null),
    searchParams.then((raw) => searchSchema.parse(raw)),
    getAiUsage(db, organization.id, organization.timeZone),
    getOpenaiKey(db, organization.id),
  ]);
  const copy = t.billing;
  const format = formatters(locale, organization.timeZone);
  const paymentReady = onlinePaymentReady();
  const names = new Map(billing.tiers.map((tier) => [tier.key, tier.name]));
  const planName = (key: string) => t.workspace.tiers[key as keyof typeof t.workspace.tiers] ?? names.get(key) ?? key;
  // The workspace already resolved the plan; the billing row adds its limits and price list.
  const current = billing.plan ?? { ...plan, sortOrder: 0, limits };
  const negotiated = billing.overridden.map((key) => {
    const value = billing.limits[key];
    const amount =
      value === null ? copy.tiers.unlimited : key === "storage_bytes" ? format.bytes(value) : format.number(value);
    return formatMessage(copy.usage.negotiatedItem, { limit: copy.tiers.limits[key], value: amount });
  });

  return (
    <div className="grid gap-6">
      <PageHeader title={copy.title} description={copy.description} />
      <LiveMessage tone="error">{search.checkout === "canceled" ? copy.checkoutCanceled : null}</LiveMessage>
      <div className="grid gap-6 lg:grid-cols-2">
        <CurrentPlanCard
          plan={current}
          subscription={billing.subscription}
          canManage={manager}
          paymentReady={paymentReady}
          hasCustomer={customer !== null}
          slug={organization.slug}
          planName={planName}
          format={format}
          t={t}
        />
        <Card title={copy.usage.title}>
          <UsageMeters limits={billing.plan ? billing.limits : limits} usage={usage} t={t} format={format} />
          {negotiated.length > 0 ? (
            <p className="mt-4 text-sm text-fg-muted">
              {formatMessage(copy.usage.negotiated, {
                limits: new Intl.ListFormat(locale, { type: "conjunction" }).format(negotiated),
              })}
            </p>
          ) : null}
        </Card>
      </div>
      <AiUsageCard usage={aiUsage} ownKey={ownKey !== null} t={t} format={format} />
      <PlanComparison
        tiers={billing.tiers}
        currentKey={current.key}
        canManage={manager}
        paymentReady={paymentReady}
        slug={organization.slug}
        planName={planName}
        format={format}
        t={t}
      />
    </div>
  );
}
