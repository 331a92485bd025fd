import type { Metadata } from "next";
import { banUser, unbanUser } from "@/src/admin/actions/set-user-banned";
import { changeStaffRole } from "@/src/admin/actions/change-staff-role";
import { inviteStaff } from "@/src/admin/actions/invite-staff";
import { removeStaff } from "@/src/admin/actions/remove-staff";
import { sendPasswordReset } from "@/src/admin/actions/send-password-reset";
import { findUserSchema } from "@/src/admin/admin-form-schemas";
import { AdminActionForm } from "@/src/admin/components/admin-action-form";
import { findUserByEmail } from "@/src/admin/queries/find-user-by-email";
import { getStaffDirectory } from "@/src/admin/queries/get-staff-directory";
import { getUserAdminActions } from "@/src/admin/queries/get-user-admin-actions";
import { requireAdmin } from "@/src/admin/require-admin";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { Card } from "@/src/components/ui/card";
import { PageHeader } from "@/src/components/ui/page-header";
import { SelectField } from "@/src/components/ui/select-field";
import { StatusBadge } from "@/src/components/ui/status-badge";
import { TextField } from "@/src/components/ui/text-field";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  await requireAdmin();
  const { t } = await getTranslations();
  return { title: `${t.agency.staff.title} · ${t.admin.title}` };
}

export default async function StaffPage({ searchParams }: Props) {
  const { db, user, isStaffAdmin } = await requireAdmin();
  const { email } = findUserSchema.parse(await searchParams);
  const [{ t, locale }, members, found, history] = await Promise.all([
    getTranslations(),
    getStaffDirectory(db),
    isStaffAdmin && email ? findUserByEmail(db, email) : Promise.resolve(null),
    isStaffAdmin ? getUserAdminActions(db) : Promise.resolve([]),
  ]);
  const copy = t.agency.staff;
  const format = formatters(locale);
  const roleOptions = (["admin", "developer"] as const).map((role) => (
    <option key={role} value={role}>
      {copy.roles[role]}
    </option>
  ));
  return (
    <div className="grid gap-6">
      <PageHeader title={copy.title} description={copy.description} />
      {isStaffAdmin ? null : (
        <p className="rounded-lg border border-border bg-surface-muted px-4 py-3 text-sm">{copy.onlyAdmins}</p>
      )}
      <Card title={copy.members}>
        <ul className="divide-y divide-border">
          {members.map((member) => (
            <li key={member.userId} className="grid gap-3 py-3 md:grid-cols-[1fr_auto] md:items-start">
              <div className="min-w-0">
                <p className="font-medium break-words">
                  {member.name ?? member.email}
                  {member.userId === user.id ? <span className="text-fg-muted"> · {copy.you}</span> : null}
                </p>
                <p className="text-sm break-all text-fg-muted">
                  {member.email} · {copy.roles[member.role]} ·{" "}
                  {formatMessage(copy.since, { date: format.date(member.since) })}
                </p>
              </div>
              {isStaffAdmin && member.userId !== user.id ? (
                <div className="flex flex-wrap items-start gap-4">
                  <AdminActionForm
                    action={changeStaffRole}
                    hidden={{ userId: member.userId }}
                    submit={copy.changeRole}
                    done={copy.roleSaved}
                  >
                    <SelectField
                      label={`${copy.role}: ${member.name ?? member.email}`}
                      name="role"
                      defaultValue={member.role}
                    >
                      {roleOptions}
                    </SelectField>
                  </AdminActionForm>
                  <AdminActionForm
                    action={removeStaff}
                    hidden={{ userId: member.userId }}
                    submit={copy.remove}
                    variant="danger"
                    done={copy.removed}
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </Card>
      {isStaffAdmin ? (
        <>
          <Card title={copy.invite}>
            <AdminActionForm action={inviteStaff} hidden={{}} withReason submit={copy.sendInvite} done={copy.invited}>
              <div className="grid gap-3 sm:grid-cols-2">
                <TextField label={copy.email} name="email" type="email" required autoComplete="off" />
                <SelectField label={copy.role} name="role" defaultValue="developer">
                  {roleOptions}
                </SelectField>
              </div>
            </AdminActionForm>
          </Card>
          <Card title={copy.users}>
            <div className="grid gap-4">
              <form
                method="get"
                action="/admin/staff"
                role="search"
                aria-label={copy.findUser}
                className="flex flex-wrap items-end gap-3"
              >
                <div className="min-w-64 flex-1">
                  <TextField label={copy.findUser} name="email" type="email" defaultValue={email ?? ""} />
                </div>
                <button type="submit" className={buttonStyles({ variant: "secondary" })}>
                  {copy.find}
                </button>
              </form>
              {email && !found ? <p className="text-sm text-fg-muted">{copy.notFound}</p> : null}
              {found ? (
                <div className="grid gap-4 rounded-lg border border-border p-4">
                  <div className="grid gap-1 text-sm">
                    <p className="flex flex-wrap items-center gap-2 font-medium">
                      <span className="break-all">{found.name ?? found.email}</span>
                      <StatusBadge tone={found.bannedUntil ? "danger" : "success"}>
                        {found.bannedUntil ? copy.banned : copy.active}
                      </StatusBadge>
                    </p>
                    <p className="break-all text-fg-muted">{found.email}</p>
                    <p className="text-fg-muted">
                      {found.organizations.length > 0
                        ? formatMessage(copy.organizations, { list: found.organizations.join(", ") })
                        : copy.noOrganizations}
                    </p>
                    <p className="text-fg-muted">
                      {found.lastSignInAt
                        ? formatMessage(copy.lastSignIn, { when: format.relative(found.lastSignInAt) })
                        : copy.neverSignedIn}
                    </p>
                  </div>
                  {found.isStaff ? (
                    <p className="text-sm text-fg-muted">{copy.staffAccount}</p>
                  ) : (
                    <div className="grid gap-6 md:grid-cols-2">
                      <AdminActionForm
                        action={sendPasswordReset}
                        hidden={{ email: found.email }}
                        withReason
                        submit={copy.sendReset}
                        done={copy.resetSent}
                      />
                      <AdminActionForm
                        action={found.bannedUntil ? unbanUser : banUser}
                        hidden={{ email: found.email }}
                        withReason
                        submit={found.bannedUntil ? copy.unban : copy.ban}
                        variant={found.bannedUntil ? "secondary" : "danger"}
                        done={found.bannedUntil ? copy.unbanSaved : copy.banSaved}
                      />
                    </div>
                  )}
                </div>
              ) : null}
            </div>
          </Card>
          <Card title={copy.history}>
            {history.length === 0 ? (
              <p className="text-sm text-fg-muted">{copy.historyEmpty}</p>
            ) : (
              <ul className="grid gap-2 text-sm">
                {history.map((entry) => (
                  <li key={entry.id} className="grid gap-0.5">
                    <span className="font-medium">
                      {copy.actions[entry.action]} · <span className="break-all">{entry.targetEmail}</span>
                    </span>
                    <span className="text-fg-muted">
                      {entry.staffName ?? ""} · {format.dateTime(entry.at)} · “{entry.reason}”
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </>
      ) : null}
    </div>
  );
}
