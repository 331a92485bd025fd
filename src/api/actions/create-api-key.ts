"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { newApiKeySchema } from "../api-key-schemas";
import { createApiKey as insertApiKey } from "../mutations/create-api-key";

/** Owners and admins create a key; the answer carries the whole key, the only time it is ever shown. */
export const createApiKey = defineWorkspaceAction(
  newApiKeySchema,
  async (input, { db, organization }) => {
    const created = await insertApiKey(db, organization, input);
    revalidatePath(`/app/${organization.slug}/settings/api-keys`);
    return created;
  },
  { manage: true },
);
