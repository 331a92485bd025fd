"use client";

import { ConfirmButton } from "@/src/components/ui/confirm-button";
import { formatMessage } from "@/src/i18n/format-message";
import { useI18n } from "@/src/i18n/i18n-provider";
import { revokeApiKey } from "../actions/revoke-api-key";

/** "Revoke", confirmed first: the key stops working at once and cannot be brought back. */
export function RevokeApiKeyButton({ slug, keyId, name }: { slug: string; keyId: string; name: string }) {
  const { t } = useI18n();
  const copy = t.apiKeys;
  return (
    <ConfirmButton
      label={
        <>
          {copy.list.revoke}
          <span className="sr-only"> {name}</span>
        </>
      }
      title={formatMessage(copy.revoke.title, { name })}
      description={copy.revoke.body}
      cancel={copy.revoke.cancel}
      confirm={copy.revoke.confirm}
      action={revokeApiKey}
      fields={{ org: slug, keyId }}
    />
  );
}
