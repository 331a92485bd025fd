import { AdminActionForm } from "@/src/admin/components/admin-action-form";
import { Card } from "@/src/components/ui/card";
import type { Dictionary } from "@/src/i18n/dictionary";
import type { formatters } from "@/src/i18n/formatters";
import { disconnectAdAccount } from "../actions/disconnect-ad-account";
import { removeTrafficSource } from "../actions/remove-traffic-source";
import { syncCampaignsNow } from "../actions/sync-campaigns-now";
import type { CampaignPlatform } from "@/src/campaigns/campaign-platforms";
import type { ConnectedAdAccount } from "../queries/get-ad-accounts";
import type { ConnectedTrafficSource } from "../queries/get-traffic-sources";
import { ConnectAdAccountForm } from "./connect-ad-account-form";
import { ConnectTrafficSourceForm } from "./connect-traffic-source-form";
import { ConnectionList } from "./connection-list";

/**
 * The admin client page's connections: the ad accounts (connect with a token, disconnect, sync now) and the
 * traffic source (one per organization). Tokens are entered here and never shown again, only their last four.
 */
export function ClientConnections({
  slug,
  accounts,
  sources,
  platforms,
  copy,
  format,
}: {
  slug: string;
  accounts: ConnectedAdAccount[];
  sources: ConnectedTrafficSource[];
  platforms: CampaignPlatform[];
  copy: Dictionary["connections"];
  format: ReturnType<typeof formatters>;
}) {
  return (
    <div className="grid items-start gap-6 lg:grid-cols-2">
      <Card
        title={copy.admin.adAccountsTitle}
        action={
          accounts.length > 0 ? (
            <AdminActionForm
              action={syncCampaignsNow}
              hidden={{ org: slug }}
              submit={copy.admin.syncNow}
              done={copy.admin.syncRequested}
            />
          ) : null
        }
      >
        <div className="grid gap-6">
          <ConnectionList
            rows={accounts.map((a) => ({ ...a, kind: copy.platforms[a.platform], externalId: a.externalAccountId }))}
            copy={copy}
            format={format}
            empty={copy.admin.adAccountsEmpty}
            action={(row) => (
              <AdminActionForm
                action={disconnectAdAccount}
                hidden={{ org: slug, id: row.id }}
                submit={copy.admin.disconnect}
                variant="danger"
                done={copy.admin.disconnected}
              />
            )}
          />
          {platforms.length > 0 ? (
            <ConnectAdAccountForm slug={slug} platforms={platforms} />
          ) : (
            <p className="text-sm text-fg-muted">{copy.admin.noPlatforms}</p>
          )}
        </div>
      </Card>
      <Card title={copy.admin.trafficTitle}>
        <div className="grid gap-6">
          <ConnectionList
            rows={sources.map((s) => ({ ...s, kind: copy.providers[s.provider] }))}
            copy={copy}
            format={format}
            empty={copy.admin.trafficEmpty}
            action={(row) => (
              <AdminActionForm
                action={removeTrafficSource}
                hidden={{ org: slug, id: row.id }}
                submit={copy.admin.removeSource}
                variant="danger"
                done={copy.admin.sourceRemoved}
              />
            )}
          />
          {sources.length === 0 ? <ConnectTrafficSourceForm slug={slug} /> : null}
        </div>
      </Card>
    </div>
  );
}
