import { Section, Text } from "@react-email/components";
import { Fragment } from "react";
import { emailStyles } from "./email-styles";

/**
 * Text someone typed (a ticket message), quoted as they wrote it: blank lines part paragraphs, single line breaks
 * stay. It goes in as React text, so it is escaped: markup in a message reaches the email as visible characters.
 */
export function QuotedText({ text }: { text: string }) {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return (
    <Section style={{ borderLeft: "3px solid #e2e8f0", margin: "0 0 16px", paddingLeft: "14px" }}>
      {paragraphs.map((paragraph, index) => (
        <Text key={index} style={emailStyles.text}>
          {paragraph.split("\n").map((line, lineIndex) => (
            <Fragment key={lineIndex}>
              {lineIndex > 0 ? <br /> : null}
              {line}
            </Fragment>
          ))}
        </Text>
      ))}
    </Section>
  );
}
