"use client";

import { ConfirmDialog, type ConfirmDialogProps } from "@/src/components/ui/confirm-dialog";
import { useI18n } from "@/src/i18n/i18n-provider";
import { useTeamNotice } from "./team-notices";

export type TeamActionDialogProps = Omit<ConfirmDialogProps, "cancel" | "onDone"> & {
  /** Said in the page's live region once the action succeeded. */
  done?: string;
};

/**
 * A confirmation whose button runs a team action (the last owner, a plan limit or a read-only "view as" are
 * refused in the dialog); success closes it and the team page says what changed.
 */
export function TeamActionDialog({ done, variant = "primary", ...props }: TeamActionDialogProps) {
  const { t } = useI18n();
  const announce = useTeamNotice();
  return (
    <ConfirmDialog
      {...props}
      variant={variant}
      cancel={t.team.confirm.cancel}
      onDone={done ? () => announce(done) : undefined}
    />
  );
}
