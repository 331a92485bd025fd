import { StatusBadge, type Tone } from "@/src/components/ui/status-badge";
import type { Dictionary } from "@/src/i18n/dictionary";
import type { CampaignFormat } from "../format-campaign-figures";
import type { CampaignRow } from "../queries/get-campaign-performance";
import { TableScroll } from "@/src/components/ui/table-scroll";

const statusTones: Record<CampaignRow["status"], Tone> = { active: "success", paused: "warning", ended: "neutral" };

/** Every campaign with its results in the range; scrolls sideways on a phone rather than squeezing figures. */
export function CampaignTable({
  campaigns,
  caption,
  showPlatform,
  fmt,
  t,
}: {
  campaigns: CampaignRow[];
  caption: string;
  showPlatform: boolean;
  fmt: CampaignFormat;
  t: Dictionary;
}) {
  const copy = t.campaigns.table;
  const totals = t.campaigns.totals;
  const figures = [
    totals.spend,
    totals.impressions,
    totals.clicks,
    totals.conversions,
    totals.revenue,
    totals.ctr,
    totals.cpc,
    totals.cpa,
    totals.roas,
  ];
  return (
    // Size containment keeps the table's width from stretching the page: it scrolls inside its frame instead.
    <TableScroll label={caption} className="rounded-lg border border-border">
      <table className="w-full min-w-[64rem] text-left text-sm tabular-nums">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-surface-muted text-xs text-fg-muted">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {copy.name}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {copy.status}
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              {copy.dailyBudget}
            </th>
            {figures.map((label) => (
              <th key={label} scope="col" className="px-3 py-2 text-right font-medium">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {campaigns.map((campaign) => (
            <tr
              key={campaign.id}
              id={`campaign-${campaign.id}`}
              className="scroll-mt-20 border-t border-border target:bg-accent-soft"
            >
              <th scope="row" className="min-w-52 px-3 py-2 font-medium">
                {campaign.name}
                {showPlatform ? (
                  <span className="block text-xs font-normal text-fg-muted">
                    {t.campaigns.platforms[campaign.platform]}
                  </span>
                ) : null}
              </th>
              <td className="px-3 py-2">
                <StatusBadge tone={statusTones[campaign.status]}>{t.campaigns.statuses[campaign.status]}</StatusBadge>
              </td>
              <td className="px-3 py-2 text-right">
                {campaign.dailyBudget === null ? (
                  <span title={copy.noBudget}>
                    {t.workspace.none}
                    <span className="sr-only">{copy.noBudget}</span>
                  </span>
                ) : (
                  fmt.money(campaign.dailyBudget)
                )}
              </td>
              <td className="px-3 py-2 text-right">{fmt.money(campaign.spend)}</td>
              <td className="px-3 py-2 text-right">{fmt.number(campaign.impressions)}</td>
              <td className="px-3 py-2 text-right">{fmt.number(campaign.clicks)}</td>
              <td className="px-3 py-2 text-right">{fmt.conversions(campaign.conversions)}</td>
              <td className="px-3 py-2 text-right">{fmt.money(campaign.revenue)}</td>
              <td className="px-3 py-2 text-right">{fmt.ctr(campaign.ctr)}</td>
              <td className="px-3 py-2 text-right">{fmt.cost(campaign.cpc)}</td>
              <td className="px-3 py-2 text-right">{fmt.cost(campaign.cpa)}</td>
              <td className="px-3 py-2 text-right">{fmt.roas(campaign.roas)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
