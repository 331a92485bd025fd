"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { openaiKeyFormSchema } from "../byok/openai-key-schema";
import { saveOpenaiKey as storeOpenaiKey } from "../byok/save-openai-key";

/** Owners and admins save the organization's own OpenAI key; the answer carries only its last four characters. */
export const saveOpenaiKey = defineWorkspaceAction(
  openaiKeyFormSchema,
  async ({ secret }, { db, organization }) => {
    const saved = await storeOpenaiKey(db, organization.id, secret);
    revalidatePath(`/app/${organization.slug}/settings/openai`);
    return saved;
  },
  { manage: true },
);
