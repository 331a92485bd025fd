import "server-only";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { signFileUrl } from "@/src/files/storage/sign-file-url";
import type { RequestDb } from "@/src/workspace/request-db";
import { getMessageAttachment } from "./queries/get-message-attachment";
import { ATTACHMENTS_MAX } from "./message-limits";

/** An attachment's address: the ticket, the message and the attachment's position on it. */
export const attachmentParamsSchema = z.object({
  id: z.uuid(),
  message: z.uuid(),
  index: z.coerce
    .number()
    .int()
    .min(0)
    .max(ATTACHMENTS_MAX - 1),
});

/**
 * A ticket attachment's download, for the client's and the agency's routes alike: the message is read through
 * the request's `db` (another organization's, an internal note or a malformed address is a 404), then a
 * one-minute URL is signed with the person's own session — the bucket's policies decide again — and the browser
 * is sent there, the file named as it was attached.
 */
export async function redirectToAttachment(
  db: RequestDb,
  orgId: string,
  { id, message, index }: z.output<typeof attachmentParamsSchema>,
): Promise<never> {
  const attachment = await getMessageAttachment(db, { orgId, ticketId: id, messageId: message, index });
  if (!attachment) notFound();
  const url = await signFileUrl(attachment.object_name, { download: attachment.name });
  if (!url) notFound();
  redirect(url);
}
