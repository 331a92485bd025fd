import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { signFileUrl } from "@/src/files/storage/sign-file-url";
import { getMessageAttachment } from "@/src/tickets/queries/get-message-attachment";
import { requireWorkspace } from "@/src/workspace/require-workspace";

const paramsSchema = z.object({
  org: z.string(),
  id: z.uuid(),
  message: z.uuid(),
  index: z.coerce.number().int().min(0).max(9),
});

/**
 * A ticket attachment's download: the message is read as the user (another organization's, an internal note or
 * a malformed address is a 404), then a one-minute URL is signed with the user's own session — the bucket's
 * policies decide again — and the browser is sent there, the file named as it was attached.
 */
export async function GET(_request: Request, { params }: { params: Promise<Record<string, string>> }) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { org, id, message, index } = parsed.data;
  const { organization, db } = await requireWorkspace(org);
  const attachment = await getMessageAttachment(db, { orgId: organization.id, ticketId: id, messageId: message, index });
  if (!attachment) notFound();
  const url = await signFileUrl(attachment.object_name, { download: attachment.name });
  if (!url) notFound();
  redirect(url);
}
