import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import type { MemberRole } from "@/src/workspace/require-workspace";
import type { TeamMember } from "../queries/get-team-members";
import { MemberActions } from "./member-actions";
import { RoleBadge } from "./role-badge";

/** "AB" from "Ana Beatriz Souza", "A" from "ana@x.com": a decorative avatar, the name is said beside it. */
function initials(label: string): string {
  const words = label.split(/[\s@._-]+/).filter(Boolean);
  const letters = words.length > 1 && !label.includes("@") ? [words[0]![0], words.at(-1)![0]] : [words[0]?.[0]];
  return letters.join("").toLocaleUpperCase();
}

/**
 * The organization's members: name (and "you"), address, role, when they joined, and what the viewer may do
 * to each other member. A list rather than a table, so a row wraps on a phone instead of scrolling sideways.
 */
export function MemberList({
  members,
  viewerId,
  viewerRole,
  slug,
  t,
  format,
}: {
  members: TeamMember[];
  viewerId: string;
  viewerRole: MemberRole;
  slug: string;
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.team;
  return (
    <ul aria-label={copy.members.listLabel} className="divide-y divide-border">
      {members.map((member) => {
        const label = member.name ?? member.email ?? copy.noName;
        const self = member.userId === viewerId;
        return (
          <li key={member.userId} className="flex flex-wrap items-center gap-x-4 gap-y-3 py-4 first:pt-0 last:pb-0">
            <div className="flex min-w-0 flex-1 basis-60 items-start gap-3">
              <span
                aria-hidden="true"
                className="inline-flex size-10 shrink-0 items-center justify-center rounded-full bg-accent-soft text-sm font-semibold text-accent-text"
              >
                {initials(label)}
              </span>
              <div className="grid min-w-0 gap-1">
                <p className="truncate font-medium">
                  {label}
                  {self ? <span className="font-normal text-fg-muted"> ({copy.you})</span> : null}
                </p>
                {member.email && member.name ? (
                  <p className="-mt-1 truncate text-sm text-fg-muted">{member.email}</p>
                ) : null}
                <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-fg-muted">
                  <RoleBadge role={member.role} t={t} />
                  <span>{formatMessage(copy.members.joinedOn, { date: format.date(member.joinedAt) })}</span>
                </div>
              </div>
            </div>
            {self ? null : (
              <MemberActions
                slug={slug}
                member={{ userId: member.userId, name: label, role: member.role }}
                viewerRole={viewerRole}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
