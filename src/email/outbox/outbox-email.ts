import type { Locale } from "@/src/i18n/locales";
import type { EmailMessage } from "../email-message";

/** A queued `email_outbox` row the sender has claimed. */
export interface OutboxEmail {
  id: string;
  toEmail: string;
  template: string;
  locale: Locale;
  payload: Record<string, unknown>;
  idempotencyKey: string;
  /** Including the current one. */
  attempts: number;
}

/** What a template's composer decides at send time: the message, or that it must not go out any more. */
export type ComposedEmail = { kind: "send"; message: EmailMessage } | { kind: "cancel"; reason: string };
