import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import type { CampaignPlatform } from "./campaign-platforms";

/** How the campaigns pages write their figures; a ratio without a base reads "—", not 0. */
export function campaignFormat(format: Formatters, currency: string, t: Dictionary) {
  const none = t.workspace.none;
  const money = (value: number) => format.money(value, currency);
  return {
    money,
    number: format.number,
    /** Conversions may be fractional (platforms attribute parts of a sale): one decimal is enough. */
    conversions: (value: number) => format.number(Math.round(value * 10) / 10),
    ctr: (value: number | null) => (value === null ? none : format.percent(value)),
    cost: (value: number | null) => (value === null ? none : money(value)),
    roas: (value: number | null) =>
      value === null
        ? none
        : formatMessage(t.campaigns.roasValue, { value: format.number(Math.round(value * 100) / 100) }),
    /** "Google Ads and Meta Ads", joined the way the language joins a list. */
    platforms: (platforms: readonly CampaignPlatform[]) =>
      new Intl.ListFormat(format.locale, { type: "conjunction" }).format(
        platforms.map((platform) => t.campaigns.platforms[platform]),
      ),
  };
}

export type CampaignFormat = ReturnType<typeof campaignFormat>;
