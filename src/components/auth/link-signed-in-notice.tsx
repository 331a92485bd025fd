"use client";

import Link from "next/link";
import { useActionState } from "react";
import { idleState } from "../../actions/action-state";
import { signOut } from "../../auth/actions/sign-out";
import { formatMessage } from "../../i18n/format-message";
import { useI18n } from "../../i18n/i18n-provider";
import { buttonStyles } from "../ui/button-styles";
import { SubmitButton } from "../ui/submit-button";

/**
 * After an emailed link this browser did not ask for: the person is signed in to `email`, and chooses to go
 * on with that account or to sign out. Nothing moves on by itself, so a link to someone else's account
 * cannot quietly land its visitor in it.
 */
export function LinkSignedInNotice({ email, next }: { email: string; next: string }) {
  const { t } = useI18n();
  const [, signOutAction] = useActionState(signOut, idleState);
  return (
    <div className="grid gap-3">
      <Link href={next} className={buttonStyles({ fullWidth: true })}>
        {formatMessage(t.auth.confirm.continueAs, { email })}
      </Link>
      <form action={signOutAction}>
        <SubmitButton variant="secondary">{t.common.signOut}</SubmitButton>
      </form>
    </div>
  );
}
