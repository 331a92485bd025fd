"use client";

import { useRef, useState } from "react";
import { ActionMenu } from "@/src/components/ui/action-menu";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { Icon } from "@/src/components/ui/icons";
import { formatMessage } from "@/src/i18n/format-message";
import { useI18n } from "@/src/i18n/i18n-provider";
import type { MemberRole } from "@/src/workspace/require-workspace";
import { changeMemberRole } from "../actions/change-member-role";
import { removeMember } from "../actions/remove-member";
import { transferOwnership } from "../actions/transfer-ownership";
import { canChangeRoles, canManageRole } from "../team-roles";
import { TeamActionDialog } from "./team-action-dialog";

type Step = "makeAdmin" | "makeMember" | "transfer" | "remove";

/**
 * What the viewer may do to one other member, as a menu whose items open a confirmation. Only what the database will accept is offered: owners
 * change roles, transfer ownership to an admin and remove anyone; admins remove plain members.
 */
export function MemberActions({
  slug,
  member,
  viewerRole,
}: {
  slug: string;
  member: { userId: string; name: string; role: MemberRole };
  viewerRole: MemberRole;
}) {
  const { t } = useI18n();
  const copy = t.team;
  const [step, setStep] = useState<Step | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  const steps: Step[] = [];
  if (canChangeRoles(viewerRole)) {
    steps.push(member.role === "member" ? "makeAdmin" : "makeMember");
    if (member.role === "admin") steps.push("transfer");
  }
  if (canManageRole(viewerRole, member.role)) steps.push("remove");
  if (steps.length === 0) return null;

  const words = { name: member.name };
  const labels: Record<Step, string> = {
    makeAdmin: copy.members.makeAdmin,
    makeMember: copy.members.makeMember,
    transfer: copy.members.transfer,
    remove: copy.members.remove,
  };
  const fields = { org: slug, userId: member.userId };
  const dialog = step
    ? {
        makeAdmin: { action: changeMemberRole, fields: { ...fields, role: "admin" }, variant: "primary" as const },
        makeMember: { action: changeMemberRole, fields: { ...fields, role: "member" }, variant: "primary" as const },
        transfer: { action: transferOwnership, fields, variant: "primary" as const },
        remove: { action: removeMember, fields, variant: "danger" as const },
      }[step]
    : null;

  return (
    <div className="ml-auto">
      <ActionMenu
        triggerRef={trigger}
        trigger={
          <>
            {copy.members.manage}
            <span className="sr-only"> {member.name}</span>
            <Icon name="chevronDown" className="size-4 text-fg-muted" />
          </>
        }
        triggerClassName={buttonStyles({ variant: "secondary" })}
        items={steps.map((item) => ({
          key: item,
          label: labels[item],
          danger: item === "remove",
          onSelect: () => setStep(item),
        }))}
      />
      {step && dialog ? (
        <TeamActionDialog
          open
          onOpenChange={(open) => {
            if (!open) setStep(null);
          }}
          action={dialog.action}
          fields={dialog.fields}
          title={formatMessage(copy.confirm[step].title, words)}
          description={formatMessage(copy.confirm[step].body, words)}
          confirm={copy.confirm[step].confirm}
          variant={dialog.variant}
          done={formatMessage(copy.confirm[step].done, words)}
          onCloseFocus={() => trigger.current?.focus()}
        />
      ) : null}
    </div>
  );
}
