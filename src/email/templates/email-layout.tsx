import { Body, Container, Head, Hr, Html, Link, Preview, Text } from "@react-email/components";
import type { ReactNode } from "react";
import type { Locale } from "@/src/i18n/locales";
import { emailStyles } from "./email-styles";

/**
 * The frame of every email: brand, content, and a footer that says why it came and, for marketing email, how
 * to stop it (transactional email, like an invitation, has no unsubscribe link).
 */
export function EmailLayout({
  locale,
  brand,
  preview,
  footerNote,
  unsubscribeLabel,
  unsubscribeUrl,
  children,
}: {
  locale: Locale;
  brand: string;
  preview: string;
  footerNote: string;
  unsubscribeLabel?: string;
  unsubscribeUrl?: string;
  children: ReactNode;
}) {
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={emailStyles.body}>
        <Container style={emailStyles.container}>
          <Text style={emailStyles.brand}>{brand}</Text>
          {children}
          <Hr style={emailStyles.hr} />
          <Text style={emailStyles.muted}>{footerNote}</Text>
          {unsubscribeUrl && unsubscribeLabel ? (
            <Text style={emailStyles.muted}>
              <Link href={unsubscribeUrl} style={emailStyles.link}>
                {unsubscribeLabel}
              </Link>
            </Text>
          ) : null}
        </Container>
      </Body>
    </Html>
  );
}
