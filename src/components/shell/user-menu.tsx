"use client";

import Link from "next/link";
import { useActionState } from "react";
import { idleState } from "../../actions/action-state";
import { signOut } from "../../auth/actions/sign-out";
import { useI18n } from "../../i18n/i18n-provider";
import { buttonStyles } from "../ui/button-styles";
import { DisclosurePopover } from "../ui/disclosure-popover";
import { Icon } from "../ui/icons";
import { LiveMessage } from "../ui/live-message";
import { SubmitButton } from "../ui/submit-button";

/**
 * The account disclosure in the top bar: who is signed in, their account security (second factor), a link to
 * the other area if any, and sign out.
 */
export function UserMenu({
  email,
  name,
  crossLink,
}: {
  email: string;
  name: string | null;
  crossLink?: { href: string; label: string };
}) {
  const { t } = useI18n();
  const [state, action] = useActionState(signOut, idleState);
  return (
    <DisclosurePopover
      triggerClassName="flex items-center gap-2 rounded-lg px-2 py-1.5 text-sm hover:bg-surface-muted"
      panelClassName="absolute right-0 z-20 mt-2 w-72 rounded-xl border border-border bg-surface p-4 shadow-lg"
      trigger={
        <>
          <span
            aria-hidden="true"
            className="flex size-8 items-center justify-center rounded-full bg-accent text-sm font-semibold text-accent-fg uppercase"
          >
            {(name ?? email).slice(0, 1)}
          </span>
          <span className="sr-only">{t.shell.userMenu}</span>
          <span className="max-w-48 truncate text-fg-muted max-sm:hidden" aria-hidden="true">
            {name ?? email}
          </span>
          <Icon name="chevronDown" className="size-4 text-fg-muted" />
        </>
      }
    >
      <p className="text-xs text-fg-muted">{t.shell.signedInAs}</p>
      {name ? <p className="truncate text-sm font-medium">{name}</p> : null}
      <p className={name ? "truncate text-sm text-fg-muted" : "truncate text-sm font-medium"}>{email}</p>
      <div className="mt-4 grid gap-2">
        <Link href="/account/security" className={buttonStyles({ variant: "secondary", fullWidth: true })}>
          {t.security.menuLink}
        </Link>
        {crossLink ? (
          <Link href={crossLink.href} className={buttonStyles({ variant: "secondary", fullWidth: true })}>
            {crossLink.label}
          </Link>
        ) : null}
        <form action={action} className="grid gap-2">
          <LiveMessage tone="error">{state.status === "error" ? state.error.message : null}</LiveMessage>
          <SubmitButton variant="secondary">{t.common.signOut}</SubmitButton>
        </form>
      </div>
    </DisclosurePopover>
  );
}
