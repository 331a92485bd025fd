import { notFound } from "next/navigation";
import { attachmentParamsSchema, redirectToAttachment } from "@/src/tickets/attachment-download";
import { requireWorkspace } from "@/src/workspace/require-workspace";

/** A client's download of a ticket attachment, read as the member (see redirectToAttachment). */
export async function GET(_request: Request, { params }: { params: Promise<Record<string, string>> }) {
  const { org, ...address } = await params;
  const parsed = attachmentParamsSchema.safeParse(address);
  if (!parsed.success || !org) notFound();
  const { organization, db } = await requireWorkspace(org);
  return redirectToAttachment(db, organization.id, parsed.data);
}
