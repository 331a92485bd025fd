import Link from "next/link";
import { cx } from "@/src/components/ui/cx";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import type { CampaignFormat } from "../format-campaign-figures";
import type { CampaignPerformance } from "../queries/get-campaign-performance";

/** One card per platform the plan includes: what it cost and returned in the range; each filters the page. */
export function PlatformCards({
  performance,
  hrefFor,
  fmt,
  format,
  t,
}: {
  performance: CampaignPerformance;
  hrefFor: (platform: CampaignPerformance["platforms"][number]) => string;
  fmt: CampaignFormat;
  format: Formatters;
  t: Dictionary;
}) {
  const copy = t.campaigns.byPlatform;
  return (
    <section aria-labelledby="by-platform" className="grid gap-3">
      <h2 id="by-platform" className="text-base font-semibold">
        {copy.title}
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2">
        {performance.byPlatform.map(({ platform, campaigns, figures }) => {
          const selected = performance.platform === platform;
          const name = t.campaigns.platforms[platform];
          return (
            <li
              key={platform}
              className={cx(
                "grid gap-1 rounded-xl border bg-surface p-4 shadow-xs",
                selected ? "border-accent" : "border-border",
              )}
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-semibold">{name}</h3>
                <span className="text-sm text-fg-muted">{format.plural(campaigns, copy.campaigns)}</span>
              </div>
              <p className="text-2xl font-semibold tracking-tight tabular-nums">{fmt.money(figures.spend)}</p>
              <p className="text-sm text-fg-muted">
                {formatMessage(copy.detail, {
                  conversions: fmt.conversions(figures.conversions),
                  roas: fmt.roas(figures.roas),
                })}
              </p>
              {performance.platforms.length > 1 && !selected ? (
                <Link href={hrefFor(platform)} className="mt-1 text-sm font-medium text-accent-text hover:underline">
                  {formatMessage(copy.filter, { platform: name })}
                </Link>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
