import { StatusBadge } from "@/src/components/ui/status-badge";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import type { MemberRole } from "@/src/workspace/require-workspace";
import type { PendingInvitation } from "../queries/get-pending-invitations";
import { canManageRole } from "../team-roles";
import { InvitationActions } from "./invitation-actions";
import { RoleBadge } from "./role-badge";

/**
 * Invitations not yet accepted: address, role, who sent it and when, and until when it holds a seat (a lapsed
 * one says so and offers a resend). Admins see the owner's admin invitations but may not touch them.
 */
export function InvitationList({
  invitations,
  viewerRole,
  slug,
  t,
  format,
}: {
  invitations: PendingInvitation[];
  viewerRole: MemberRole;
  slug: string;
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.team.invitations;
  if (invitations.length === 0) return <p className="text-sm text-fg-muted">{copy.empty}</p>;
  return (
    <ul aria-label={copy.listLabel} className="divide-y divide-border">
      {invitations.map((invitation) => {
        const time = format.relative(invitation.sentAt);
        return (
          <li key={invitation.id} className="flex flex-wrap items-center gap-x-4 gap-y-3 py-4 first:pt-0 last:pb-0">
            <div className="grid min-w-0 flex-1 basis-60 gap-1">
              <p className="truncate font-medium">{invitation.email}</p>
              <p className="-mt-1 text-sm text-fg-muted">
                {invitation.invitedBy
                  ? formatMessage(copy.sentBy, { name: invitation.invitedBy, time })
                  : formatMessage(copy.sent, { time })}
              </p>
              <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-fg-muted">
                <RoleBadge role={invitation.role} t={t} />
                {invitation.expired ? (
                  <StatusBadge tone="danger">{copy.expired}</StatusBadge>
                ) : (
                  <StatusBadge tone="warning">{copy.pending}</StatusBadge>
                )}
                <span>
                  {invitation.expired
                    ? formatMessage(copy.expiredAgo, { time: format.relative(invitation.expiresAt) })
                    : formatMessage(copy.expiresIn, { time: format.relative(invitation.expiresAt) })}
                </span>
              </div>
            </div>
            <div className="ml-auto">
              {canManageRole(viewerRole, invitation.role) ? (
                <InvitationActions slug={slug} invitation={{ id: invitation.id, email: invitation.email }} />
              ) : (
                <p className="max-w-56 text-sm text-fg-muted">{copy.ownerOnly}</p>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
