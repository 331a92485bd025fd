import "server-only";
import { createSupabaseServerClient } from "@/src/supabase/server-client";
import { clientFilesBucket, FILE_URL_LIFETIME_SECONDS } from "../client-files";

/**
 * A short-lived signed URL for a file's object, made with the user's own Supabase session so the bucket's
 * policies decide; `download` makes it an attachment under that name. Null when the object cannot be read.
 */
export async function signFileUrl(
  objectName: string,
  { expiresIn = FILE_URL_LIFETIME_SECONDS, download }: { expiresIn?: number; download?: string } = {},
): Promise<string | null> {
  const supabase = await createSupabaseServerClient();
  const { data, error } = await supabase.storage.from(clientFilesBucket).createSignedUrl(objectName, expiresIn);
  if (error || !data?.signedUrl) return null;
  // Added here, encoded: storage-js's own `download` option runs the name through encodeURI only, which leaves
  // "&" and "#" as they are, so "R&D.pdf" would cut the parameter short.
  return download ? `${data.signedUrl}&download=${encodeURIComponent(download)}` : data.signedUrl;
}
