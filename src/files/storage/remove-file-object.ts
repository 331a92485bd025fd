import "server-only";
import { createSupabaseServerClient } from "@/src/supabase/server-client";
import { clientFilesBucket } from "../client-files";
import { storageFailure } from "./storage-failure";

/**
 * Removes a file's object with the user's own Supabase session (owners and admins may; an uploader may remove
 * their own object while nothing records it). Returns whether Storage removed it: a missing object, or one the
 * user may not remove, is simply not removed.
 */
export async function removeFileObject(objectName: string): Promise<boolean> {
  const supabase = await createSupabaseServerClient();
  const { data, error } = await supabase.storage.from(clientFilesBucket).remove([objectName]);
  if (error) throw storageFailure(error);
  return data.some((object) => object.name === objectName);
}
