import { Heading } from "@react-email/components";
import type { ReactNode } from "react";
import type { Locale } from "@/src/i18n/locales";
import { EmailLayout } from "./email-layout";
import { emailStyles } from "./email-styles";
import { LinkButton, LinkFallback } from "./link-button";

export interface EmailAction {
  label: string;
  url: string;
  /** The sentence over the written-out link, for mail clients that hide buttons. */
  fallback: string;
}

/**
 * The shape of the product's transactional email: a heading, what happened (`children`), one button to the
 * page where the reader acts, and the same link written out. `afterAction` sits under the button (a deadline).
 */
export function ActionEmail({
  locale,
  brand,
  preview,
  footer,
  heading,
  action,
  afterAction,
  children,
}: {
  locale: Locale;
  brand: string;
  preview: string;
  footer: string;
  heading: string;
  action: EmailAction;
  afterAction?: ReactNode;
  children: ReactNode;
}) {
  return (
    <EmailLayout locale={locale} brand={brand} preview={preview} footerNote={footer}>
      <Heading as="h1" style={emailStyles.heading}>
        {heading}
      </Heading>
      {children}
      <LinkButton href={action.url}>{action.label}</LinkButton>
      {afterAction}
      <LinkFallback href={action.url} text={action.fallback} />
    </EmailLayout>
  );
}
