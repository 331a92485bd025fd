import { Heading, Section, Text } from "@react-email/components";
import { formatMessage } from "@/src/i18n/format-message";
import type { Locale } from "@/src/i18n/locales";
import type { TicketsTexts } from "@/src/i18n/sections/tickets.pt-BR";
import { EmailLayout } from "./email-layout";
import { LinkButton, LinkFallback } from "./link-button";
import { emailStyles } from "./email-styles";
import { PlainTextParagraphs } from "./plain-text-paragraphs";

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
    <EmailLayout
      locale={props.locale}
      brand={props.brand}
      preview={formatMessage(t.reply.preview, words)}
      footerNote={formatMessage(t.reply.footer, words)}
    >
      <Heading as="h1" style={emailStyles.heading}>
        {formatMessage(t.reply.heading, words)}
      </Heading>
      <Text style={emailStyles.text}>{formatMessage(t.reply.intro, words)}</Text>
      <Section style={{ borderLeft: "3px solid #e2e8f0", margin: "0 0 16px", paddingLeft: "14px" }}>
        <PlainTextParagraphs text={props.body} />
      </Section>
      <Text style={emailStyles.text}>{t.reply.answer}</Text>
      <LinkButton href={props.ticketUrl}>{t.viewTicket}</LinkButton>
      <LinkFallback href={props.ticketUrl} text={t.fallback} />
    </EmailLayout>
  );
}
