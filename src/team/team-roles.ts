import type { MemberRole } from "@/src/workspace/require-workspace";

/** The roles an invitation can carry: ownership is transferred between members, never granted by invitation. */
export const invitationRoles = ["member", "admin"] as const;
export type InvitationRole = (typeof invitationRoles)[number];

/**
 * The team's rules as the database enforces them (private.protect_membership, protect_invitation_role), so
 * the page offers only what will be accepted: owners grant and take away the admin role and manage everyone;
 * admins invite and remove plain members; members manage nobody.
 */
export function rolesInvitableBy(role: MemberRole): InvitationRole[] {
  if (role === "owner") return ["member", "admin"];
  if (role === "admin") return ["member"];
  return [];
}

/** Whether `actor` may remove `target`, resend or revoke an invitation for `target`'s role. */
export function canManageRole(actor: MemberRole, target: MemberRole): boolean {
  return actor === "owner" || (actor === "admin" && target === "member");
}

/** Only owners change roles (and transfer ownership). */
export function canChangeRoles(actor: MemberRole): boolean {
  return actor === "owner";
}

/** Owners first, then admins, then members: the order the team list shows. */
export const roleRank: Record<MemberRole, number> = { owner: 0, admin: 1, member: 2 };
