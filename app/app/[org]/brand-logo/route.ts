import { requireWorkspace } from "@/src/workspace/require-workspace";
import { downloadBrandLogo } from "@/src/settings/storage/brand-logo";

/**
 * The organization's uploaded logo, read with the user's session (the bucket is private). The layout links it
 * with the object's name in the query, and a new logo gets a new object name, so each URL's bytes never
 * change and the browser may keep them.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ org: string }> }) {
  const { organization } = await requireWorkspace((await params).org);
  const objectName = organization.whiteLabel.logo_object;
  const logo = objectName ? await downloadBrandLogo(objectName) : null;
  if (!logo) return new Response(null, { status: 404 });
  return new Response(logo, {
    headers: {
      "Content-Type": logo.type || "application/octet-stream",
      "Cache-Control": "private, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
