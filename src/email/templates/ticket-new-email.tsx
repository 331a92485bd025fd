import { Heading } from "@react-email/components";
import { formatMessage } from "@/src/i18n/format-message";
import type { Locale } from "@/src/i18n/locales";
import type { TicketsTexts } from "@/src/i18n/sections/tickets.pt-BR";
import { ActionEmail } from "./action-email";
import { emailStyles } from "./email-styles";
import { FactList } from "./fact-list";
import { QuotedText } from "./quoted-text";

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
    <ActionEmail
      locale={props.locale}
      brand={props.brand}
      preview={formatMessage(t.preview, words)}
      footer={t.footer}
      heading={formatMessage(t.heading, words)}
      action={{ label: props.texts.viewTicket, url: props.ticketUrl, fallback: props.texts.fallback }}
    >
      <FactList facts={facts} />
      {props.description ? (
        <>
          <Heading as="h2" style={emailStyles.subheading}>
            {t.description}
          </Heading>
          <QuotedText text={props.description} />
        </>
      ) : null}
    </ActionEmail>
  );
}
