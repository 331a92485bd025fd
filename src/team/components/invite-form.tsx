"use client";

import Link from "next/link";
import { useActionState } from "react";
import { fieldError, idleState, submittedValue, type ActionState } from "@/src/actions/action-state";
import { SelectField } from "@/src/components/ui/select-field";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { TextField } from "@/src/components/ui/text-field";
import { formatMessage } from "@/src/i18n/format-message";
import { useI18n } from "@/src/i18n/i18n-provider";
import { inviteMember } from "../actions/invite-member";
import type { InvitationRole } from "../team-roles";

/**
 * "Invite by email". The roles offered are the ones the viewer may grant (admins invite members only). After
 * a success the form is empty again and says where the invitation went; a refusal (an existing member, an
 * open invitation, the last seat taken meanwhile) keeps what was typed and says why, with the upgrade for
 * the seat limit.
 */
export function InviteForm({ slug, roles }: { slug: string; roles: InvitationRole[] }) {
  const { t } = useI18n();
  const copy = t.team;
  const [state, formAction] = useActionState<ActionState<{ email: string }>, FormData>(inviteMember, idleState);
  const role = submittedValue(state, "role") ?? "member";
  return (
    <form action={formAction} noValidate className="grid gap-4">
      <input type="hidden" name="org" value={slug} />
      <div aria-live="polite" aria-atomic="true" className="empty:absolute">
        {state.status === "success" ? (
          <p className="rounded-lg border border-success/40 bg-success-soft px-4 py-3 text-sm text-success">
            {formatMessage(copy.invite.sent, { email: state.data.email })}
          </p>
        ) : null}
        {state.status === "error" ? (
          <div className="rounded-lg border border-danger/40 bg-danger-soft px-4 py-3 text-sm text-danger">
            <p>{state.error.message}</p>
            {state.error.code === "tier_limit_exceeded" ? (
              <Link href={`/app/${slug}/billing`} className="mt-1 inline-block font-semibold underline">
                {t.workspace.limits.upgradeCta}
              </Link>
            ) : null}
          </div>
        ) : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_12rem]">
        <TextField
          label={t.common.email}
          name="email"
          type="email"
          autoComplete="off"
          required
          maxLength={320}
          defaultValue={state.status === "error" ? submittedValue(state, "email") : undefined}
          error={fieldError(state, "email")}
        />
        <SelectField
          // Remounted with the submitted role, since a select keeps its own value once React resets the form.
          key={`${state.status}-${role}`}
          label={copy.invite.role}
          name="role"
          defaultValue={role}
          hint={roles.includes("admin") ? undefined : copy.invite.adminOwnerOnly}
          error={fieldError(state, "role")}
        >
          {roles.map((option) => (
            <option key={option} value={option}>
              {t.workspace.roles[option]}
            </option>
          ))}
        </SelectField>
      </div>
      <div>
        <SubmitButton fullWidth={false}>{copy.invite.submit}</SubmitButton>
      </div>
    </form>
  );
}
