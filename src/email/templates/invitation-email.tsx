import { Text } from "@react-email/components";
import { formatMessage } from "@/src/i18n/format-message";
import type { Locale } from "@/src/i18n/locales";
import type { TeamTexts } from "@/src/i18n/sections/team.pt-BR";
import { ActionEmail } from "./action-email";
import { emailStyles } from "./email-styles";

export interface InvitationEmailProps {
  locale: Locale;
  texts: TeamTexts["email"];
  brand: string;
  organization: string;
  /** The inviter's name; null when their profile has none. */
  inviter: string | null;
  /** The role's name as a sentence says it ("administrador", "admin"). */
  role: string;
  email: string;
  /** The invitation page with the token: `<APP_URL>/invitations/<token>`. */
  acceptUrl: string;
  /** Formatted in the organization's time zone. */
  validUntil: string;
}

/** "Join the team": who invited whom to which organization, the link to the invitation page and its expiry. */
export function InvitationEmail(props: InvitationEmailProps) {
  const t = props.texts;
  const words = { organization: props.organization, role: props.role, email: props.email };
  return (
    <ActionEmail
      locale={props.locale}
      brand={props.brand}
      preview={formatMessage(t.preview, words)}
      footer={formatMessage(t.footer, words)}
      heading={formatMessage(t.heading, words)}
      action={{ label: t.accept, url: props.acceptUrl, fallback: t.fallback }}
      afterAction={
        <Text style={emailStyles.text}>{formatMessage(t.validUntil, { ...words, date: props.validUntil })}</Text>
      }
    >
      <Text style={emailStyles.text}>
        {props.inviter
          ? formatMessage(t.intro, { ...words, inviter: props.inviter })
          : formatMessage(t.introNoInviter, words)}
      </Text>
      <Text style={emailStyles.text}>{t.about}</Text>
    </ActionEmail>
  );
}
