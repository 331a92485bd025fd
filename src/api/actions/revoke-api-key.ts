"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { apiKeyIdSchema } from "../api-key-schemas";
import { revokeApiKey as markRevoked } from "../mutations/revoke-api-key";

/** Owners and admins revoke a key: it stops working on the next request. */
export const revokeApiKey = defineWorkspaceAction(
  apiKeyIdSchema,
  async ({ keyId }, { db, organization }) => {
    await markRevoked(db, organization.id, keyId);
    revalidatePath(`/app/${organization.slug}/settings/api-keys`);
    return { revoked: true };
  },
  { manage: true },
);
