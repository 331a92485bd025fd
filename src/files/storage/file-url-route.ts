import "server-only";
import { notFound, redirect } from "next/navigation";
import { requireWorkspace } from "@/src/workspace/require-workspace";
import { getFile } from "../queries/get-file";
import { signFileUrl } from "./sign-file-url";

/**
 * The file store's download and preview links: the file is looked up as the user (another organization's id,
 * or a malformed one, is a 404) and a one-minute URL is signed at the moment of the click, then the browser is
 * sent there. A download names the file; a preview is served inline (images and PDFs in the preview dialog).
 * Without a readable object (nothing was ever stored for it), a 404 too.
 */
export function fileUrlRoute(kind: "download" | "preview") {
  return async function GET(_request: Request, { params }: { params: Promise<{ org: string; id: string }> }) {
    const { org, id } = await params;
    const { organization, db } = await requireWorkspace(org);
    const file = await getFile(db, organization.id, id);
    if (!file) notFound();
    const url = await signFileUrl(file.objectName, kind === "download" ? { download: file.name } : {});
    if (!url) notFound();
    redirect(url);
  };
}
