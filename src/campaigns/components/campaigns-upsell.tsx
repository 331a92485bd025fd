import Link from "next/link";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { Card } from "@/src/components/ui/card";
import { Icon } from "@/src/components/ui/icons";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { CampaignFormat } from "../format-campaign-figures";
import type { CampaignPerformance } from "../queries/get-campaign-performance";

/**
 * What a plan without campaigns would get, and where to change plans: not an error, since the section is
 * simply not part of the plan yet.
 */
export function CampaignsUpsell({
  planName,
  upgrades,
  billingHref,
  fmt,
  t,
}: {
  planName: string;
  upgrades: CampaignPerformance["upgrades"];
  billingHref: string;
  fmt: CampaignFormat;
  t: Dictionary;
}) {
  const copy = t.campaigns.upsell;
  const tierName = (key: string, name: string) => t.workspace.tiers[key as keyof typeof t.workspace.tiers] ?? name;
  return (
    <Card title={formatMessage(copy.title, { plan: planName })}>
      <div className="grid gap-5 text-sm">
        <div className="grid gap-2">
          <p>{copy.body}</p>
          <ul className="grid gap-1.5">
            {copy.features.map((feature) => (
              <li key={feature} className="flex items-start gap-2">
                <Icon name="check" className="mt-0.5 size-4 shrink-0 text-success" />
                <span>{feature}</span>
              </li>
            ))}
          </ul>
        </div>
        {upgrades.length > 0 ? (
          <div className="grid gap-2">
            <h3 className="font-semibold">{copy.plansTitle}</h3>
            <ul className="grid gap-1">
              {upgrades.map((plan) => (
                <li key={plan.key}>
                  {formatMessage(copy.plan, {
                    plan: tierName(plan.key, plan.name),
                    platforms: fmt.platforms(plan.platforms),
                  })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div>
          <Link href={billingHref} className={buttonStyles()}>
            {copy.cta}
            <Icon name="arrowRight" className="size-4" />
          </Link>
        </div>
      </div>
    </Card>
  );
}
