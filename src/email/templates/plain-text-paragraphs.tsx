import { Text } from "@react-email/components";
import { Fragment, type CSSProperties } from "react";
import { emailStyles } from "./email-styles";

/**
 * Text someone typed (a ticket message), shown as they wrote it: blank lines part paragraphs, single line breaks
 * stay. It goes in as React text, so it is escaped: markup in a message reaches the email as visible characters.
 */
export function PlainTextParagraphs({ text, style }: { text: string; style?: CSSProperties }) {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <Text key={index} style={{ ...emailStyles.text, ...style }}>
          {paragraph.split("\n").map((line, lineIndex) => (
            <Fragment key={lineIndex}>
              {lineIndex > 0 ? <br /> : null}
              {line}
            </Fragment>
          ))}
        </Text>
      ))}
    </>
  );
}
