"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { emailsQueued } from "@/inngest/client";
import { defineAction } from "@/src/actions/define-action";
import { requireUser } from "@/src/auth/get-verified-user";
import { sendEvent } from "@/src/jobs/send-event";
import { getRequestIdentity } from "@/src/workspace/request-db";
import { requestAccountDeletion as startDeletion } from "../mutations/request-account-deletion";

/** The person asks for their account's deletion, typing their email address; 30 days of grace follow. */
export const requestAccountDeletion = defineAction(
  z.object({ confirmation: z.string().trim().min(1, "email_required").max(320) }),
  async ({ confirmation }) => {
    const user = await requireUser("/account/privacy");
    const { db } = await getRequestIdentity(user);
    const eraseAfter = await startDeletion(db, confirmation);
    // The confirmation email was queued with the request; the sender picks it up now.
    await sendEvent(emailsQueued.create({ count: 1 }));
    revalidatePath("/account/privacy");
    return { eraseAfter: eraseAfter.toISOString() };
  },
);
