import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/src/errors/app-error";
import { createSupabaseServerClient } from "@/src/supabase/server-client";

/** The private bucket of brand logos, one folder per organization (see its migration). */
export const brandLogosBucket = "brand-logos";

const extensions: Record<string, string> = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" };

/**
 * Stores a new logo with the user's own Supabase client, so the bucket's policies decide (owners and admins of
 * the organization). A new name each time: a logo is never overwritten, and the app's logo URL changes with it,
 * so browsers can cache each one for good.
 */
export async function uploadBrandLogo(orgId: string, file: File): Promise<string> {
  const name = `${orgId}/${randomUUID()}.${extensions[file.type] ?? "img"}`;
  const supabase = await createSupabaseServerClient();
  const { error } = await supabase.storage.from(brandLogosBucket).upload(name, file, { contentType: file.type });
  if (error) throw new AppError("forbidden", { cause: error });
  return name;
}

/** Removes a logo the brand no longer uses; a failure leaves an unreferenced object, harmless and small. */
export async function removeBrandLogo(objectName: string): Promise<void> {
  const supabase = await createSupabaseServerClient();
  const { error } = await supabase.storage.from(brandLogosBucket).remove([objectName]);
  if (error) console.error(`[settings] could not remove the replaced logo ${objectName}: ${error.message}`);
}

/** The logo's bytes as the user may read them, or null. */
export async function downloadBrandLogo(objectName: string): Promise<Blob | null> {
  const supabase = await createSupabaseServerClient();
  const { data, error } = await supabase.storage.from(brandLogosBucket).download(objectName);
  return error ? null : data;
}
