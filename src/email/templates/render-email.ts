import "server-only";
import { render } from "@react-email/render";
import type { ReactElement } from "react";

/** The HTML of a react-email template and its plain-text part, which spam filters and some readers want. */
export async function renderEmail(element: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}
