import "server-only";
import { createSupabaseServerClient } from "@/src/supabase/server-client";
import { clientFilesBucket } from "../client-files";
import { storageFailure } from "./storage-failure";

/**
 * A signed upload URL for one new object, made with the user's own Supabase session: Storage checks the bucket's
 * insert policy (and the quota, for an organization already over it) as the user now, and the upload itself then
 * needs no session: the URL (one request) or its token (a resumable upload's `x-signature`) authorises it. It never overwrites (`upsert` off), and the quota trigger still judges the bytes that arrive.
 */
export async function signUploadUrl(objectName: string): Promise<{ url: string; token: string }> {
  const supabase = await createSupabaseServerClient();
  const { data, error } = await supabase.storage.from(clientFilesBucket).createSignedUploadUrl(objectName);
  if (error || !data) throw storageFailure(error);
  return { url: data.signedUrl, token: data.token };
}
