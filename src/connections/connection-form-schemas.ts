import { z } from "zod";
import { campaignPlatforms } from "@/src/campaigns/campaign-platforms";

const slug = z.string().regex(/^[a-z0-9]([a-z0-9-]{0,46}[a-z0-9])?$/);
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const displayName = z.string().trim().min(1, "display_name_required").max(120, "display_name_required");
/** Named `token` so the action never echoes it back into the page. */
const token = z.string().trim().min(8, "token_required").max(4096, "token_required");

/**
 * Staff connect an ad account: Google Ads customer ids are accepted as shown in Google's interface
 * (123-456-7890) and kept as digits; a Meta id may be pasted with its "act_" prefix.
 */
export const connectAdAccountSchema = z
  .object({
    org: slug,
    platform: z.enum(campaignPlatforms),
    externalAccountId: z
      .string()
      .trim()
      .transform((v) => v.replace(/^act_/, "").replace(/[-\s]/g, "")),
    loginCustomerId: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .transform((v) => v.replace(/[-\s]/g, ""))
        .pipe(z.string().regex(/^\d{10}$/, "ad_account_id_invalid"))
        .optional(),
    ),
    displayName,
    token,
  })
  .superRefine((input, ctx) => {
    const pattern = input.platform === "google_ads" ? /^\d{10}$/ : /^\d{1,20}$/;
    if (!pattern.test(input.externalAccountId)) {
      ctx.addIssue({ code: "custom", path: ["externalAccountId"], message: "ad_account_id_invalid" });
    }
    if (input.loginCustomerId && input.platform !== "google_ads") {
      ctx.addIssue({ code: "custom", path: ["loginCustomerId"], message: "ad_account_id_invalid" });
    }
  });

/** Staff connect a Cloudflare zone as the organization's traffic source. */
export const connectTrafficSourceSchema = z.object({
  org: slug,
  zoneId: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[0-9a-f]{32}$/, "zone_id_invalid"),
  displayName,
  token,
});

export const removeConnectionSchema = z.object({ org: slug, id: z.uuid() });

export const syncCampaignsNowSchema = z.object({ org: slug });
