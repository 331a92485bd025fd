import { Text } from "@react-email/components";
import { formatMessage } from "@/src/i18n/format-message";
import type { Locale } from "@/src/i18n/locales";
import type { TicketsTexts } from "@/src/i18n/sections/tickets.pt-BR";
import { ActionEmail } from "./action-email";
import { emailStyles } from "./email-styles";
import { QuotedText } from "./quoted-text";

export interface TicketReplyEmailProps {
  locale: Locale;
  texts: TicketsTexts["emails"];
  brand: string;
  organization: string;
  number: number;
  subject: string;
  /** The reply as the agent typed it; shown as text, never as markup. */
  body: string;
  /** `<APP_URL>/app/<org-slug>/tickets/<ticket id>`. */
  ticketUrl: string;
}

/**
 * "The agency replied": the reply's text and the link to the ticket. The agent is "the agency team", as on the
 * ticket page: clients do not see staff names.
 */
export function TicketReplyEmail(props: TicketReplyEmailProps) {
  const t = props.texts;
  const words = { organization: props.organization, number: props.number, subject: props.subject };
  return (
    <ActionEmail
      locale={props.locale}
      brand={props.brand}
      preview={formatMessage(t.reply.preview, words)}
      footer={formatMessage(t.reply.footer, words)}
      heading={formatMessage(t.reply.heading, words)}
      action={{ label: t.viewTicket, url: props.ticketUrl, fallback: t.fallback }}
    >
      <Text style={emailStyles.text}>{formatMessage(t.reply.intro, words)}</Text>
      <QuotedText text={props.body} />
      <Text style={emailStyles.text}>{t.reply.answer}</Text>
    </ActionEmail>
  );
}
