import { z } from "zod";
import { ticketStatuses } from "@/src/tickets/ticket-status";
import { limitKeys } from "@/src/workspace/require-workspace";
import { viewAsDurations } from "./view-as-durations";

const slug = z.string().regex(/^[a-z0-9]([a-z0-9-]{0,46}[a-z0-9])?$/);
/** A reason staff give for something the client will see or the audit keeps: at least ten characters. */
const reason = z.string().trim().min(10, "reason_too_short").max(500, "reason_too_short");
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/**
 * "View as" from a member row: a reason, a duration of 15, 30 or 60 minutes, and — for a write-enabled
 * session — its own reason. Whether the staff member may write, and whom they may view as, the database decides.
 */
export const startViewAsSchema = z
  .object({
    org: slug,
    targetUserId: z.uuid(),
    reason,
    minutes: z.coerce.number().pipe(z.union(viewAsDurations.map((value) => z.literal(value)))),
    writable: z.literal("on").optional(),
    writeReason: z.preprocess(blankToUndefined, reason.optional()),
  })
  .refine((input) => !input.writable || input.writeReason !== undefined, {
    path: ["writeReason"],
    message: "reason_too_short",
  });

/** A staff admin sets a limit's override (blank value: unlimited) or clears it, always with a reason. */
export const setOverrideSchema = z.object({
  org: slug,
  limitKey: z.enum(limitKeys),
  value: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional()),
  reason,
});

export const clearOverrideSchema = z.object({ org: slug, limitKey: z.enum(limitKeys), reason });

/** Assign one ticket or many (bulk) to a staff member, or to nobody (`assigneeId` = "none"). */
export const assignTicketsSchema = z.object({
  ticketIds: z.array(z.uuid()).min(1).max(200),
  assigneeId: z.union([z.uuid(), z.literal("none")]),
});

export const staffReplySchema = z.object({
  ticketId: z.uuid(),
  body: z.string().trim().min(1).max(10_000),
  internal: z.literal("on").optional(),
});

export const changeTicketStatusSchema = z.object({ ticketId: z.uuid(), status: z.enum(ticketStatuses) });

const email = z.string().trim().toLowerCase().pipe(z.email()).pipe(z.string().max(320));
const staffRole = z.enum(["admin", "developer"]);

export const inviteStaffSchema = z.object({ email, role: staffRole, reason });
export const changeStaffRoleSchema = z.object({ userId: z.uuid(), role: staffRole });
export const removeStaffSchema = z.object({ userId: z.uuid() });
/** A password reset, a ban or its lifting, on the account with this email, with the reason recorded. */
export const userAccountActionSchema = z.object({ email, reason });
export const findUserSchema = z.object({ email: z.string().trim().max(320).optional().catch(undefined) });

/** Staff regenerate a client's monthly report (`YYYY-MM`); ticking "send again" emails the owners and admins anew. */
export const regenerateReportSchema = z.object({
  org: slug,
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  sendAgain: z.literal("on").optional(),
});
