import { OptionLinks } from "@/src/components/ui/option-links";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import { campaignRanges, type CampaignRange } from "../campaign-filters";
import type { CampaignPlatform } from "../campaign-platforms";

/** The period and platform filters as links: the choice lives in the URL, so it can be shared and reloaded. */
export function CampaignFilterLinks({
  base,
  range,
  platform,
  platforms,
  t,
}: {
  base: string;
  range: CampaignRange;
  platform: CampaignPlatform | null;
  platforms: CampaignPlatform[];
  t: Dictionary;
}) {
  const copy = t.campaigns.filters;
  const href = (next: { range: CampaignRange; platform: CampaignPlatform | null }) => {
    const query = new URLSearchParams({ range: String(next.range) });
    if (next.platform) query.set("platform", next.platform);
    return `${base}?${query}`;
  };
  return (
    <div className="flex flex-wrap gap-x-8 gap-y-3">
      <OptionLinks
        label={copy.range}
        options={campaignRanges.map((days) => ({
          label: formatMessage(copy.rangeOption, { days }),
          href: href({ range: days, platform }),
          current: days === range,
        }))}
      />
      {platforms.length > 1 ? (
        <OptionLinks
          label={copy.platform}
          options={[null, ...platforms].map((option) => ({
            label: option ? t.campaigns.platforms[option] : copy.all,
            href: href({ range, platform: option }),
            current: option === platform,
          }))}
        />
      ) : null}
    </div>
  );
}
