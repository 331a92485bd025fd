import { notFound } from "next/navigation";
import { requireAdmin } from "@/src/admin/require-admin";
import { getQueueTicket } from "@/src/admin/queries/get-queue-ticket";
import { attachmentParamsSchema, redirectToAttachment } from "@/src/tickets/attachment-download";

/** The agency's download of a ticket attachment, read as the staff member (see redirectToAttachment). */
export async function GET(_request: Request, { params }: { params: Promise<Record<string, string>> }) {
  const parsed = attachmentParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const { db } = await requireAdmin();
  const ticket = await getQueueTicket(db, parsed.data.id);
  if (!ticket) notFound();
  return redirectToAttachment(db, ticket.orgId, parsed.data);
}
