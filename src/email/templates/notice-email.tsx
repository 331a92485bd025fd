import { Heading, Text } from "@react-email/components";
import type { Locale } from "@/src/i18n/locales";
import { EmailLayout } from "./email-layout";
import { emailStyles } from "./email-styles";
import { LinkButton, LinkFallback } from "./link-button";

export interface NoticeEmailProps {
  locale: Locale;
  brand: string;
  preview: string;
  heading: string;
  intro: string;
  /** Label and value pairs, shown in order ("Down since: 14:05"). */
  facts: [string, string][];
  actionLabel: string;
  actionUrl: string;
  fallback: string;
  footer: string;
}

/**
 * The operational notices the scheduled jobs send (a site down or back up, a ticket's response due, a plan
 * limit nearly used): a heading, one sentence, the facts and the page to open.
 */
export function NoticeEmail(props: NoticeEmailProps) {
  return (
    <EmailLayout locale={props.locale} brand={props.brand} preview={props.preview} footerNote={props.footer}>
      <Heading as="h1" style={emailStyles.heading}>
        {props.heading}
      </Heading>
      <Text style={emailStyles.text}>{props.intro}</Text>
      {props.facts.map(([label, value]) => (
        <Text key={label} style={{ ...emailStyles.text, margin: "0 0 6px" }}>
          <strong>{label}:</strong> {value}
        </Text>
      ))}
      <LinkButton href={props.actionUrl}>{props.actionLabel}</LinkButton>
      <LinkFallback href={props.actionUrl} text={props.fallback} />
    </EmailLayout>
  );
}
