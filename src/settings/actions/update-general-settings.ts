"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { updateGeneralSettings as saveGeneralSettings } from "../mutations/update-general-settings";
import { generalSettingsSchema } from "../settings-schemas";

/** Owners and admins save the organization's settings; a new slug moves the whole dashboard to it. */
export const updateGeneralSettings = defineWorkspaceAction(
  generalSettingsSchema,
  async (input, { db, organization }) => {
    await saveGeneralSettings(db, organization.id, input);
    revalidatePath(`/app/${organization.slug}`, "layout");
    if (input.slug !== organization.slug) redirect(`/app/${input.slug}/settings?saved=1`);
    return { saved: true };
  },
  { manage: true },
);
