import { StatCard } from "@/src/components/ui/stat-card";
import type { Dictionary } from "@/src/i18n/dictionary";
import type { CampaignFigures } from "../campaign-figures";
import type { CampaignFormat } from "../format-campaign-figures";

/** The range's sums and the ratios derived from them, each ratio with how it is computed. */
export function CampaignTotals({ totals, fmt, t }: { totals: CampaignFigures; fmt: CampaignFormat; t: Dictionary }) {
  const copy = t.campaigns.totals;
  // Rows of three that read together: cost and return, reach and clicks, conversions and their costs.
  const cards = [
    { label: copy.spend, value: fmt.money(totals.spend) },
    { label: copy.revenue, value: fmt.money(totals.revenue) },
    { label: copy.roas, value: fmt.roas(totals.roas), hint: copy.roasHint },
    { label: copy.impressions, value: fmt.number(totals.impressions) },
    { label: copy.clicks, value: fmt.number(totals.clicks) },
    { label: copy.ctr, value: fmt.ctr(totals.ctr), hint: copy.ctrHint },
    { label: copy.conversions, value: fmt.conversions(totals.conversions) },
    { label: copy.cpc, value: fmt.cost(totals.cpc), hint: copy.cpcHint },
    { label: copy.cpa, value: fmt.cost(totals.cpa), hint: copy.cpaHint },
  ];
  return (
    <section aria-labelledby="campaign-totals" className="grid gap-3">
      <h2 id="campaign-totals" className="text-base font-semibold">
        {copy.title}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {cards.map((card) => (
          <StatCard key={card.label} label={card.label} value={card.value} hint={card.hint} />
        ))}
      </div>
    </section>
  );
}
