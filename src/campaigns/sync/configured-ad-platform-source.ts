import "server-only";
import { env } from "@/src/env";
import type { CampaignPlatform } from "@/src/campaigns/campaign-platforms";
import type { AdPlatformSource } from "./campaign-day";
import { googleAdsSource } from "./google-ads-source";
import { metaAdsSource } from "./meta-ads-source";

export interface AdAccountCredentials {
  platform: CampaignPlatform;
  externalAccountId: string;
  loginCustomerId: string | null;
  /** The opened credential: Google's OAuth refresh token, or Meta's access token. */
  credential: string;
}

/**
 * The platform's source for an account, or why there is none: Google Ads needs the agency's developer token
 * and OAuth client besides the account's refresh token; Meta needs only the account's token.
 */
export function configuredAdPlatformSource(
  account: AdAccountCredentials,
): { source: AdPlatformSource } | { skipped: string } {
  const settings = env();
  if (account.platform === "google_ads") {
    const { GOOGLE_ADS_DEVELOPER_TOKEN, GOOGLE_ADS_CLIENT_ID, GOOGLE_ADS_CLIENT_SECRET } = settings;
    if (!GOOGLE_ADS_DEVELOPER_TOKEN || !GOOGLE_ADS_CLIENT_ID || !GOOGLE_ADS_CLIENT_SECRET) {
      return {
        skipped:
          "Google Ads is not configured (GOOGLE_ADS_DEVELOPER_TOKEN, GOOGLE_ADS_CLIENT_ID and GOOGLE_ADS_CLIENT_SECRET)",
      };
    }
    return {
      source: googleAdsSource(
        {
          developerToken: GOOGLE_ADS_DEVELOPER_TOKEN,
          clientId: GOOGLE_ADS_CLIENT_ID,
          clientSecret: GOOGLE_ADS_CLIENT_SECRET,
          apiUrl: settings.GOOGLE_ADS_API_URL,
          tokenUrl: settings.GOOGLE_OAUTH_TOKEN_URL,
        },
        {
          customerId: account.externalAccountId,
          loginCustomerId: account.loginCustomerId,
          refreshToken: account.credential,
        },
      ),
    };
  }
  return {
    source: metaAdsSource(
      { appSecret: settings.META_APP_SECRET, graphUrl: settings.META_GRAPH_API_URL },
      { accountId: account.externalAccountId, accessToken: account.credential },
    ),
  };
}
