import { EmptyState } from "@/src/components/ui/empty-state";
import { StatusBadge, type Tone } from "@/src/components/ui/status-badge";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import type { ApiKeyState, ApiKeySummary } from "../queries/get-api-keys";
import { RevokeApiKeyButton } from "./revoke-api-key-button";

const stateTone: Record<ApiKeyState, Tone> = { active: "success", expired: "warning", revoked: "neutral" };

/**
 * The organization's keys: name, state, visible prefix, scopes, who made it and when, last use and expiry. A
 * list rather than a table, so a key wraps on a phone instead of scrolling sideways.
 */
export function ApiKeyList({
  keys,
  slug,
  t,
  format,
}: {
  keys: ApiKeySummary[];
  slug: string;
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.apiKeys.list;
  if (keys.length === 0) return <EmptyState icon="key" title={copy.emptyTitle} body={copy.emptyBody} />;
  return (
    <ul aria-label={copy.label} className="divide-y divide-border">
      {keys.map((key) => (
        <li key={key.id} className="flex flex-wrap items-center gap-x-4 gap-y-3 py-4 first:pt-0 last:pb-0">
          <div className="grid min-w-0 flex-1 basis-64 gap-1">
            <p className="flex flex-wrap items-center gap-2 font-medium">
              <span className="truncate">{key.name}</span>
              <StatusBadge tone={stateTone[key.state]}>{copy.states[key.state]}</StatusBadge>
            </p>
            <p className="flex flex-wrap items-center gap-2 text-sm text-fg-muted">
              <code className="rounded bg-surface-muted px-1.5 py-0.5 font-mono text-xs text-fg">{key.prefix}…</code>
              <span>
                {key.scopes
                  .filter((scope): scope is "read" | "write" => scope === "read" || scope === "write")
                  .map((scope) => copy.scopes[scope])
                  .join(" + ")}
              </span>
            </p>
            <p className="text-sm text-fg-muted">
              {key.createdByName
                ? formatMessage(copy.createdBy, { name: key.createdByName, date: format.date(key.createdAt) })
                : formatMessage(copy.createdOn, { date: format.date(key.createdAt) })}
              {" · "}
              {key.lastUsedAt
                ? formatMessage(copy.lastUsed, { when: format.relative(key.lastUsedAt) })
                : copy.neverUsed}
              {key.revokedAt
                ? ` · ${formatMessage(copy.revokedOn, { date: format.date(key.revokedAt) })}`
                : key.expiresAt
                  ? ` · ${formatMessage(copy.expires, { date: format.date(key.expiresAt) })}`
                  : null}
            </p>
          </div>
          {key.state === "active" ? <RevokeApiKeyButton slug={slug} keyId={key.id} name={key.name} /> : null}
        </li>
      ))}
    </ul>
  );
}
