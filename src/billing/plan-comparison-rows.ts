import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import { limitKeys } from "@/src/workspace/require-workspace";
import type { BillingPlan } from "./queries/get-billing";

/** A plan's cell: its words, and whether it is a feature the plan includes (shown with a check) or lacks. */
export interface PlanCell {
  text: string;
  included?: boolean;
}

export interface PlanRow {
  key: string;
  label: string;
  cell: (plan: BillingPlan) => PlanCell;
}

/** "R$ 897,00 por mês", "Grátis", "Sob consulta". */
export function planPrice(plan: Pick<BillingPlan, "price" | "currency">, format: Formatters, t: Dictionary): string {
  const copy = t.billing.current;
  if (plan.price === null) return copy.onRequest;
  if (plan.price === 0) return copy.free;
  return formatMessage(copy.perMonth, { price: format.money(plan.price, plan.currency) });
}

/** The price list's rows, shared by the desktop table and the phone's cards so both say the same. */
export function planComparisonRows(format: Formatters, t: Dictionary): PlanRow[] {
  const copy = t.billing.tiers;
  const yesNo = (included: boolean): PlanCell => ({ text: included ? copy.included : copy.notIncluded, included });
  return [
    { key: "price", label: copy.price, cell: (plan) => ({ text: planPrice(plan, format, t) }) },
    ...limitKeys.map((key): PlanRow => ({
      key,
      label: copy.limits[key],
      cell: (plan) => {
        const value = plan.limits[key];
        if (value === null) return { text: copy.unlimited };
        return { text: key === "storage_bytes" ? format.bytes(value) : format.number(value) };
      },
    })),
    {
      key: "sla",
      label: copy.sla,
      cell: (plan) => ({
        text:
          plan.slaFirstResponseHours === null ? copy.noSla : format.plural(plan.slaFirstResponseHours, copy.slaHours),
      }),
    },
    {
      key: "checks",
      label: copy.checks,
      cell: (plan) => {
        const cadence = copy.cadence[plan.performanceCheckInterval];
        return {
          text: plan.features.custom_performance_checks ? formatMessage(copy.customChecks, { cadence }) : cadence,
        };
      },
    },
    {
      key: "campaigns",
      label: copy.campaigns,
      cell: (plan) => {
        const platforms = plan.features.campaign_platforms.map(
          (platform) => t.campaigns.platforms[platform as keyof typeof t.campaigns.platforms] ?? platform,
        );
        return platforms.length === 0
          ? yesNo(false)
          : { text: new Intl.ListFormat(format.locale, { type: "conjunction" }).format(platforms), included: true };
      },
    },
    {
      key: "ai",
      label: copy.ai,
      cell: (plan) => ({
        text: copy.aiLevels[plan.features.ai_insights],
        included: plan.features.ai_insights !== "none",
      }),
    },
    { key: "white-label", label: copy.whiteLabel, cell: (plan) => yesNo(plan.features.white_label) },
  ];
}
