import { Text } from "@react-email/components";
import { formatMessage } from "@/src/i18n/format-message";
import type { Locale } from "@/src/i18n/locales";
import type { TicketsTexts } from "@/src/i18n/sections/tickets.pt-BR";
import { ActionEmail } from "./action-email";
import { emailStyles } from "./email-styles";

export interface TicketResolvedEmailProps {
  locale: Locale;
  texts: TicketsTexts["emails"];
  brand: string;
  organization: string;
  number: number;
  subject: string;
  /** The last day of the reopening window, formatted in the organization's time zone. */
  reopenUntil: string;
  /** `<APP_URL>/app/<org-slug>/tickets/<ticket id>`, where the creator reopens it. */
  ticketUrl: string;
}

/** "Your ticket was resolved": and until when it can be reopened from its page. */
export function TicketResolvedEmail(props: TicketResolvedEmailProps) {
  const t = props.texts;
  const words = { organization: props.organization, number: props.number, subject: props.subject };
  return (
    <ActionEmail
      locale={props.locale}
      brand={props.brand}
      preview={formatMessage(t.resolved.preview, words)}
      footer={formatMessage(t.resolved.footer, words)}
      heading={formatMessage(t.resolved.heading, words)}
      action={{ label: t.viewTicket, url: props.ticketUrl, fallback: t.fallback }}
    >
      <Text style={emailStyles.text}>{formatMessage(t.resolved.intro, words)}</Text>
      <Text style={emailStyles.text}>{formatMessage(t.resolved.reopen, { ...words, date: props.reopenUntil })}</Text>
    </ActionEmail>
  );
}
