import { z } from "zod";
import { nameSchema, uploadedObjectNameField } from "@/src/files/file-form-fields";
import { ATTACHMENTS_MAX, MESSAGE_MAX, SUBJECT_MAX } from "./message-limits";
import { ticketPriorities } from "./ticket-priorities";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** A message body: what the database accepts (not blank) and at most 10,000 characters. */
const messageBody = z.string().trim().min(1).max(MESSAGE_MAX);

const attachment = z.object({ objectName: uploadedObjectNameField, name: nameSchema });

/**
 * A message's attachments: repeated `attachments[]` fields, each the JSON `{ objectName, name }` of a file the
 * browser uploaded for it. Which objects the author may attach, and their size and type, the database decides.
 */
const attachmentsField = z
  .array(
    z
      .string()
      .transform((value, context) => {
        try {
          return JSON.parse(value) as unknown;
        } catch {
          context.addIssue({ code: "custom", message: "invalid_attachment" });
          return z.NEVER;
        }
      })
      .pipe(attachment),
  )
  .max(ATTACHMENTS_MAX)
  .default([]);

export type MessageAttachment = z.output<typeof attachment>;

/**
 * "New ticket": the subject, the first message (the description) with its attachments, the priority and,
 * optionally, the project it is about. Which project ids are this organization's is checked against the
 * database, not here.
 */
export const newTicketSchema = z.object({
  subject: z.string().trim().min(1).max(SUBJECT_MAX),
  description: messageBody,
  priority: z.enum(ticketPriorities),
  projectId: z.preprocess(blankToUndefined, z.uuid().optional()),
  attachments: attachmentsField,
});

export type NewTicketInput = z.output<typeof newTicketSchema>;

/** Which ticket a reply, a close or a reopen is about. */
export const ticketIdSchema = z.object({ ticketId: z.uuid() });

export const replySchema = ticketIdSchema.extend({ body: messageBody, attachments: attachmentsField });

/** How a message's attachments are stored: the database completes each with the object's size and type. */
export function attachmentRows(attachments: MessageAttachment[]): Array<{ object_name: string; name: string }> {
  return attachments.map(({ objectName, name }) => ({ object_name: objectName, name }));
}
