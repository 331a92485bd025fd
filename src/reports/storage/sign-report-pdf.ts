import "server-only";
import { createSupabaseServerClient } from "@/src/supabase/server-client";

import { reportsBucket } from "./reports-bucket";

export { reportsBucket };

/**
 * A short-lived signed URL for a report's PDF, made with the user's own Supabase client so the bucket's
 * policies decide; null when the object is not there (yet) or cannot be read.
 */
export async function signReportPdf(
  objectName: string,
  { expiresIn = 60, download }: { expiresIn?: number; download?: string } = {},
): Promise<string | null> {
  const supabase = await createSupabaseServerClient();
  const { data, error } = await supabase.storage
    .from(reportsBucket)
    .createSignedUrl(objectName, expiresIn, download ? { download } : undefined);
  return error || !data?.signedUrl ? null : data.signedUrl;
}
