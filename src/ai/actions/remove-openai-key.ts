"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { removeOpenaiKey as deleteOpenaiKey } from "../byok/remove-openai-key";

/** Owners and admins remove the organization's own key: insights and search go back to the plan's. */
export const removeOpenaiKey = defineWorkspaceAction(
  z.object({}),
  async (_input, { db, organization }) => {
    await deleteOpenaiKey(db, organization.id);
    revalidatePath(`/app/${organization.slug}/settings/openai`);
    return { removed: true };
  },
  { manage: true },
);
