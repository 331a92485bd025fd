"use server";

import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/src/actions/define-action";
import { requireUser } from "@/src/auth/get-verified-user";
import { impersonationSessions } from "@/src/db/schema";
import { withUser } from "@/src/db/with-user";
import { AppError } from "@/src/errors/app-error";

/**
 * Ends the staff member's "view as" session. Runs as the staff member themself — not through the workspace's
 * `db`, which acts as the target — and row-level security lets staff end only their own sessions.
 */
export const stopImpersonation = defineAction(z.object({ session: z.uuid() }), async ({ session }) => {
  const user = await requireUser("/app");
  const ended = await withUser(user.claims, (tx) =>
    tx
      .update(impersonationSessions)
      .set({ endedAt: sql`now()` })
      .where(and(eq(impersonationSessions.id, session), isNull(impersonationSessions.endedAt)))
      .returning({ id: impersonationSessions.id }),
  );
  if (ended.length === 0) throw new AppError("not_found");
  redirect("/admin");
});
