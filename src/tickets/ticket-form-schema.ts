import { z } from "zod";
import { MESSAGE_MAX, SUBJECT_MAX } from "./message-limits";
import { ticketPriorities } from "./ticket-priorities";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** A message body: what the database accepts (not blank) and at most 10,000 characters. */
const messageBody = z.string().trim().min(1).max(MESSAGE_MAX);

/**
 * "New ticket": the subject, the first message (the description), the priority and, optionally, the project it
 * is about. Which project ids are this organization's is checked against the database, not here.
 */
export const newTicketSchema = z.object({
  subject: z.string().trim().min(1).max(SUBJECT_MAX),
  description: messageBody,
  priority: z.enum(ticketPriorities),
  projectId: z.preprocess(blankToUndefined, z.uuid().optional()),
});

export type NewTicketInput = z.output<typeof newTicketSchema>;

/** Which ticket a reply, a close or a reopen is about. */
export const ticketIdSchema = z.object({ ticketId: z.uuid() });

export const replySchema = ticketIdSchema.extend({ body: messageBody });
