import { z } from "zod";
import { emailField } from "@/src/auth/auth-form-schemas";
import { invitationRoles } from "./team-roles";

/** "Invite by email": the address (lower-cased, as addresses compare) and the role it joins with. */
export const invitationFormSchema = z.object({
  email: emailField.pipe(z.string().max(320, { error: "email_invalid" })),
  role: z.enum(invitationRoles),
});

export type InvitationFormInput = z.output<typeof invitationFormSchema>;

/** Resend and revoke name the invitation. */
export const invitationIdSchema = z.object({ id: z.uuid() });

/** Role changes, removal and transfer name the member by user id. */
export const memberSchema = z.object({ userId: z.uuid() });

export const memberRoleSchema = memberSchema.extend({ role: z.enum(invitationRoles) });
