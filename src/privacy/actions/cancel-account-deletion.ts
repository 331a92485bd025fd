"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/src/actions/define-action";
import { requireUser } from "@/src/auth/get-verified-user";
import { getRequestIdentity } from "@/src/workspace/request-db";
import { cancelAccountDeletion as withdraw } from "../mutations/cancel-account-deletion";

/** The person keeps their account: the pending deletion request is withdrawn. */
export const cancelAccountDeletion = defineAction(z.object({}), async () => {
  const user = await requireUser("/account/privacy");
  const { db } = await getRequestIdentity(user);
  const cancelled = await withdraw(db);
  revalidatePath("/account/privacy");
  return { cancelled };
});
