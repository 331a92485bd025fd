import { Text } from "@react-email/components";
import type { Locale } from "@/src/i18n/locales";
import { ActionEmail } from "./action-email";
import { emailStyles } from "./email-styles";
import { FactList } from "./fact-list";

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
    <ActionEmail
      locale={props.locale}
      brand={props.brand}
      preview={props.preview}
      footer={props.footer}
      heading={props.heading}
      action={{ label: props.actionLabel, url: props.actionUrl, fallback: props.fallback }}
    >
      <Text style={emailStyles.text}>{props.intro}</Text>
      <FactList facts={props.facts} />
    </ActionEmail>
  );
}
