import "server-only";
import { serviceSupabase } from "@/src/db/service-client";

/** Storage's remove endpoint takes a bounded list of names per request. */
const BATCH = 100;

/**
 * Removes objects through the Storage API (not by deleting rows), so the bytes go with the rows. Returns the
 * names Storage confirmed removed; an object already gone is simply not among them.
 */
export async function removeStorageObjects(bucket: string, names: string[]): Promise<string[]> {
  const removed: string[] = [];
  for (let start = 0; start < names.length; start += BATCH) {
    const { data, error } = await serviceSupabase()
      .storage.from(bucket)
      .remove(names.slice(start, start + BATCH));
    if (error) throw new Error(`storage remove failed: ${error.message}`);
    removed.push(...data.map((object) => object.name));
  }
  return removed;
}
