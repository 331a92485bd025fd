import "server-only";
import { eq, sql } from "drizzle-orm";
import { AppError } from "@/src/errors/app-error";
import { organizations } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

export interface BrandingValues {
  brandName: string;
  primaryColor: string;
  accentColor: string;
  /** A newly uploaded logo's object name; null removes the logo; undefined keeps it. */
  logoObject?: string | null;
}

/**
 * Saves the white-label brand as the request's user, keeping what the agency set (the custom domain, the
 * support address). Returns the logo object the brand used before, so the caller can remove it from Storage
 * once it is no longer referenced. The database refuses branding on plans without white label
 * (`tier_limit_exceeded:white_label`) and colours or keys of the wrong shape.
 */
export async function updateBranding(
  db: RequestDb,
  orgId: string,
  values: BrandingValues,
): Promise<{ previousLogoObject: string | null }> {
  return db(async (tx) => {
    const [current] = await tx
      .select({ whiteLabel: organizations.whiteLabel })
      .from(organizations)
      .where(eq(organizations.id, orgId))
      .for("update");
    // FOR UPDATE applies the update policy: a member (or anyone not managing the organization) gets no row.
    if (!current) throw new AppError("forbidden");
    const changes: Record<string, string> = {
      primary_color: values.primaryColor,
      accent_color: values.accentColor,
      ...(values.brandName ? { brand_name: values.brandName } : {}),
      ...(values.logoObject ? { logo_object: values.logoObject } : {}),
    };
    const removed = [
      ...(values.brandName ? [] : ["brand_name"]),
      // An uploaded logo replaces a linked one; removing the logo removes both.
      ...(values.logoObject !== undefined ? ["logo_url", "logo_object"] : []),
    ];
    const updated = await tx
      .update(organizations)
      .set({
        whiteLabel: sql`(${organizations.whiteLabel} - array(select jsonb_array_elements_text(${JSON.stringify(removed)}::jsonb)))
          || ${JSON.stringify(changes)}::jsonb`,
      })
      .where(eq(organizations.id, orgId))
      .returning({ id: organizations.id });
    if (updated.length === 0) throw new AppError("forbidden");
    return { previousLogoObject: current.whiteLabel.logo_object ?? null };
  });
}
