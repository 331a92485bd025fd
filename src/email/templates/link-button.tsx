import { Button, Link, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { emailStyles } from "./email-styles";

/** The email's main action. */
export function LinkButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Section style={{ margin: "20px 0 16px" }}>
      <Button href={href} style={emailStyles.button}>
        {children}
      </Button>
    </Section>
  );
}

/** For mail clients that hide buttons: the same link written out, broken anywhere so it never overflows. */
export function LinkFallback({ href, text }: { href: string; text: string }) {
  return (
    <>
      <Text style={emailStyles.muted}>{text}</Text>
      <Text style={emailStyles.muted}>
        <Link href={href} style={{ ...emailStyles.link, wordBreak: "break-all" }}>
          {href}
        </Link>
      </Text>
    </>
  );
}
