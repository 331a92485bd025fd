import { Heading, Section, Text } from "@react-email/components";
import { formatMessage } from "@/src/i18n/format-message";
import type { Locale } from "@/src/i18n/locales";
import type { TicketsTexts } from "@/src/i18n/sections/tickets.pt-BR";
import { EmailLayout } from "./email-layout";
import { LinkButton, LinkFallback } from "./link-button";
import { emailStyles } from "./email-styles";
import { PlainTextParagraphs } from "./plain-text-paragraphs";

export interface TicketNewEmailProps {
  locale: Locale;
  texts: TicketsTexts["emails"];
  brand: string;
  organization: string;
  /** The plan's name ("Pro"). */
  tier: string;
  number: number;
  subject: string;
  /** The priority's name in the email's language. */
  priority: string;
  /** When the first response is due, formatted in America/Sao_Paulo; null when the plan has no SLA. */
  firstResponseDue: string | null;
  /** The ticket's first client message, when it has one. */
  description: string | null;
  /** `<APP_URL>/app/<org-slug>/tickets/<ticket id>`. */
  ticketUrl: string;
}

/** "New ticket", to each staff member: whose, on which plan, how urgent, by when it must be answered. */
export function TicketNewEmail(props: TicketNewEmailProps) {
  const t = props.texts.newTicket;
  const words = {
    organization: props.organization,
    number: props.number,
    subject: props.subject,
    priority: props.priority,
  };
  const facts: [string, string][] = [
    [t.organization, props.organization],
    [t.tier, props.tier],
    [t.ticket, `#${props.number}`],
    [t.subjectLabel, props.subject],
    [t.priority, props.priority],
    [t.firstResponseDue, props.firstResponseDue ?? t.noSla],
  ];
  return (
    <EmailLayout
      locale={props.locale}
      brand={props.brand}
      preview={formatMessage(t.preview, words)}
      footerNote={t.footer}
    >
      <Heading as="h1" style={emailStyles.heading}>
        {formatMessage(t.heading, words)}
      </Heading>
      {facts.map(([label, value]) => (
        <Text key={label} style={{ ...emailStyles.text, margin: "0 0 6px" }}>
          <strong>{label}:</strong> {value}
        </Text>
      ))}
      {props.description ? (
        <>
          <Heading as="h2" style={emailStyles.subheading}>
            {t.description}
          </Heading>
          <Section style={{ borderLeft: "3px solid #e2e8f0", margin: "0 0 16px", paddingLeft: "14px" }}>
            <PlainTextParagraphs text={props.description} />
          </Section>
        </>
      ) : null}
      <LinkButton href={props.ticketUrl}>{props.texts.viewTicket}</LinkButton>
      <LinkFallback href={props.ticketUrl} text={props.texts.fallback} />
    </EmailLayout>
  );
}
