import { z } from "zod";

// Resend accepts only these characters in tag names and values; holding every provider to it keeps the
// local mailbox from accepting what production would refuse.
const tagPart = z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, "use letters, digits, _ or - (at most 256)");

export const emailMessageSchema = z.object({
  to: z.union([z.email(), z.array(z.email()).min(1).max(50)]),
  subject: z.string().trim().min(1).max(998),
  html: z.string().min(1),
  text: z.string().min(1),
  /** Labels for filtering and analytics, e.g. `{ category: "nurture", step: "2" }`. */
  tags: z.record(tagPart, tagPart),
  /** Makes a retried send deliver once (Resend keeps keys for 24 hours). */
  idempotencyKey: z.string().min(1).max(256).optional(),
  /** Extra MIME headers, e.g. `List-Unsubscribe`; a line break in a value could inject further headers. */
  headers: z.record(z.string().regex(/^[A-Za-z0-9-]{1,100}$/), z.string().regex(/^[^\r\n]{1,2000}$/)).optional(),
});

export type EmailMessage = z.input<typeof emailMessageSchema>;

/** A validated message with its sender, as the providers receive it. */
export interface OutgoingEmail {
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  tags: { name: string; value: string }[];
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

export interface SentEmail {
  id: string;
  provider: "resend" | "mailbox";
}
