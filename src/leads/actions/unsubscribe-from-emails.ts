"use server";

import "server-only";
import { z } from "zod";
import { AppError } from "@/src/errors/app-error";
import { defineAction } from "@/src/actions/define-action";
import { unsubscribeLead } from "../unsubscribe-lead";

/** The unsubscribe page's confirm button: the token from the email's link is the only credential. */
export const unsubscribeFromEmails = defineAction(z.object({ token: z.string().max(256) }), async ({ token }) => {
  if (!(await unsubscribeLead(token))) throw new AppError("link_invalid");
  return { unsubscribed: true };
});
