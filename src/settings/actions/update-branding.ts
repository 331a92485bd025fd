"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { AppError } from "@/src/errors/app-error";
import { updateBranding as saveBranding } from "../mutations/update-branding";
import { brandingSchema } from "../settings-schemas";
import { removeBrandLogo, uploadBrandLogo } from "../storage/brand-logo";

/**
 * Owners and admins of a white-label organization save its brand. A new logo is stored first and the brand
 * then points at it; if saving the brand fails, the new object is removed again, and a replaced logo is removed
 * once nothing points at it — so Storage never keeps a logo the brand does not use for long.
 */
export const updateBranding = defineWorkspaceAction(
  brandingSchema,
  async (input, { db, organization, plan }) => {
    if (!plan.features.white_label) throw new AppError("tier_limit_exceeded", { tierLimit: whiteLabelLimit });
    const logoObject = input.logo ? await uploadBrandLogo(organization.id, input.logo) : undefined;
    try {
      const { previousLogoObject } = await saveBranding(db, organization.id, {
        brandName: input.brandName,
        primaryColor: input.primaryColor,
        accentColor: input.accentColor,
        logoObject: logoObject ?? (input.removeLogo ? null : undefined),
      });
      if (previousLogoObject && (logoObject || input.removeLogo)) await removeBrandLogo(previousLogoObject);
    } catch (error) {
      if (logoObject) await removeBrandLogo(logoObject);
      throw error;
    }
    revalidatePath(`/app/${organization.slug}`, "layout");
    return { saved: true };
  },
  { manage: true },
);

/** How the database words the same refusal (private.enforce_white_label), answered before any upload. */
const whiteLabelLimit = { limit: "white_label", value: 0, usage: 0 };
