"use client";

import type { ActionState } from "../../actions/action-state";
import { useI18n } from "../../i18n/i18n-provider";
import { LiveMessage } from "../ui/live-message";

/**
 * The announcement region of a form whose action emails the user: "check your inbox at …" once sent, the
 * error otherwise. Returns where the email went so the form can step aside.
 */
export function EmailSentMessage({
  state,
  sentText,
}: {
  state: ActionState<{ email: string }>;
  sentText: (email: string) => string;
}) {
  const { t } = useI18n();
  const sentTo = state.status === "success" ? state.data.email : null;
  return (
    <LiveMessage tone={sentTo ? "success" : "error"} title={sentTo ? t.auth.sent.title : undefined}>
      {sentTo ? sentText(sentTo) : state.status === "error" ? state.error.message : null}
    </LiveMessage>
  );
}
