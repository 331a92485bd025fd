import "server-only";
import { revalidatePath } from "next/cache";

/** Every page of the file store (the top and each folder) shows the change, and the storage meter with it. */
export function revalidateFiles(slug: string): void {
  revalidatePath(`/app/${slug}/files`, "layout");
}
