"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { replayStripeEvent as replay } from "@/src/billing/replay-stripe-event";
import { defineAdminAction } from "../define-admin-action";

/** A staff admin replays a Stripe event the webhook did not apply; the revenue page then shows the outcome. */
export const replayStripeEvent = defineAdminAction(
  z.object({ eventId: z.string().regex(/^evt_[A-Za-z0-9_]+$/) }),
  async ({ eventId }, { db }) => {
    const result = await replay(db, eventId);
    revalidatePath("/admin/revenue");
    return result;
  },
  { staffAdmin: true },
);
