import { expect } from "@playwright/test";
import { supabaseUrl } from "./e2e-env";

export interface MailboxMessage {
  id: string;
  to: string[] | string;
  subject: string;
  html: string;
  text: string;
  tags: string[];
  receivedAt: string;
}

/** Waits for the newest email to `to` in the local stack's mailbox. */
export async function latestEmailTo(to: string): Promise<MailboxMessage> {
  let latest: MailboxMessage | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(`${supabaseUrl}/mailbox/api/messages?to=${encodeURIComponent(to)}`);
        if (!response.ok) return undefined;
        const body = (await response.json()) as { messages: MailboxMessage[] };
        latest = body.messages[0];
        return latest?.id;
      },
      { message: `an email to ${to}`, timeout: 20_000 },
    )
    .toBeTruthy();
  return latest as MailboxMessage;
}

const verifyLinkPattern = /https?:\/\/[^\s"'<>]+\/auth\/v1\/verify\?[^\s"'<>]+/;

/** The Supabase verify link in an auth email (magic link, confirmation, recovery). */
export function verifyLinkIn(message: MailboxMessage): string {
  const link = message.text.match(verifyLinkPattern)?.[0];
  if (!link) throw new Error(`No verify link in "${message.subject}":\n${message.text}`);
  return link;
}

/** The 6-digit code in an auth email (looked for outside links, whose tokens could contain digits). */
export function codeIn(message: MailboxMessage): string {
  const code = message.text.replace(/https?:\/\/\S+/g, " ").match(/\b\d{6}\b/)?.[0];
  if (!code) throw new Error(`No 6-digit code in "${message.subject}":\n${message.text}`);
  return code;
}
