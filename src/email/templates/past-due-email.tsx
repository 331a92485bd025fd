import { Text } from "@react-email/components";
import { formatMessage } from "@/src/i18n/format-message";
import type { Locale } from "@/src/i18n/locales";
import type { BillingTexts } from "@/src/i18n/sections/billing.pt-BR";
import { ActionEmail } from "./action-email";
import { emailStyles } from "./email-styles";

export interface PastDueEmailProps {
  locale: Locale;
  texts: BillingTexts["emails"];
  brand: string;
  organization: string;
  plan: string;
  /** `<APP_URL>/app/<org-slug>/billing`, where the owner opens the portal to update the payment method. */
  billingUrl: string;
}

/** "We couldn't charge your subscription": to each owner, when a renewal fails and Stripe starts retrying. */
export function PastDueEmail(props: PastDueEmailProps) {
  const t = props.texts.pastDue;
  const words = { organization: props.organization, plan: props.plan };
  return (
    <ActionEmail
      locale={props.locale}
      brand={props.brand}
      preview={formatMessage(t.preview, words)}
      footer={formatMessage(t.footer, words)}
      heading={t.heading}
      action={{ label: t.action, url: props.billingUrl, fallback: t.fallback }}
    >
      <Text style={emailStyles.text}>{formatMessage(t.intro, words)}</Text>
    </ActionEmail>
  );
}
