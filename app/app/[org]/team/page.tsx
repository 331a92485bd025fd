import type { Metadata } from "next";
import { Card } from "@/src/components/ui/card";
import { PageHeader } from "@/src/components/ui/page-header";
import { UsageMeter } from "@/src/components/ui/usage-meter";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { actingUserId } from "@/src/team/acting-user";
import { InvitationList } from "@/src/team/components/invitation-list";
import { InviteForm } from "@/src/team/components/invite-form";
import { LeaveOrganization } from "@/src/team/components/leave-organization";
import { MemberList } from "@/src/team/components/member-list";
import { TeamNotices } from "@/src/team/components/team-notices";
import { getPendingInvitations } from "@/src/team/queries/get-pending-invitations";
import { getTeamMembers } from "@/src/team/queries/get-team-members";
import { rolesInvitableBy } from "@/src/team/team-roles";
import { LimitReached } from "@/src/usage/components/limit-reached";
import { getUsage } from "@/src/usage/queries/get-usage";
import { canManage, requireWorkspace } from "@/src/workspace/require-workspace";

type Props = { params: Promise<{ org: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { organization }] = await Promise.all([getTranslations(), requireWorkspace((await params).org)]);
  return { title: `${t.team.title} · ${organization.name}` };
}

/**
 * The team: members with their roles, and for owners and admins the invitations and the invite form (at the
 * seat limit, which counts pending invitations, the form gives way to the upgrade). Everyone may leave,
 * except the last owner, who is told how to hand over first.
 */
export default async function TeamPage({ params }: Props) {
  const workspace = await requireWorkspace((await params).org);
  const { organization, role, plan, limits, db } = workspace;
  const manage = canManage(role);
  const [{ t, locale }, members, invitations, usage] = await Promise.all([
    getTranslations(),
    getTeamMembers(db, organization.id),
    manage ? getPendingInvitations(db, organization.id) : Promise.resolve([]),
    getUsage(db, organization.id),
  ]);
  const copy = t.team;
  const format = formatters(locale, organization.timeZone);
  const base = `/app/${organization.slug}`;
  const viewerId = actingUserId(workspace);
  const planName = t.workspace.tiers[plan.key as keyof typeof t.workspace.tiers] ?? plan.name;
  const seats = { used: usage.team_members, limit: limits.team_members };
  const atLimit = seats.limit !== null && seats.used >= seats.limit;
  const lastOwner = role === "owner" && members.filter((member) => member.role === "owner").length <= 1;
  const seatSummary =
    seats.limit === null
      ? formatMessage(t.workspace.limits.unlimited, { used: format.number(seats.used) })
      : formatMessage(t.workspace.limits.of, { used: format.number(seats.used), limit: format.number(seats.limit) });

  return (
    <div className="grid gap-6">
      <PageHeader title={copy.title} description={copy.description} />
      <TeamNotices>
        <div className="grid gap-6 lg:grid-cols-3 lg:items-start">
          <div className="grid min-w-0 gap-6 lg:col-span-2">
            {manage ? (
              <Card title={copy.invite.title} description={atLimit ? undefined : copy.invite.description}>
                {atLimit ? (
                  <LimitReached
                    headingLevel={3}
                    title={copy.invite.limitTitle}
                    message={formatMessage(copy.invite.limitReached, {
                      used: format.number(seats.used),
                      limit: format.number(seats.limit ?? seats.used),
                      plan: planName,
                    })}
                    body={copy.invite.limitBody}
                    upgradeHref={`${base}/billing`}
                    upgradeLabel={t.workspace.limits.upgradeCta}
                  />
                ) : (
                  <InviteForm slug={organization.slug} roles={rolesInvitableBy(role)} />
                )}
              </Card>
            ) : null}
            <Card title={copy.members.title} description={format.plural(members.length, copy.members.count)}>
              <MemberList
                members={members}
                viewerId={viewerId}
                viewerRole={role}
                slug={organization.slug}
                t={t}
                format={format}
              />
            </Card>
            {manage ? (
              <Card title={copy.invitations.title} description={copy.invitations.description}>
                <InvitationList
                  invitations={invitations}
                  viewerRole={role}
                  slug={organization.slug}
                  t={t}
                  format={format}
                />
              </Card>
            ) : null}
          </div>
          <div className="grid min-w-0 gap-6">
            <Card title={copy.seats.title}>
              <div className="grid gap-4">
                <UsageMeter
                  label={copy.seats.label}
                  used={seats.used}
                  limit={seats.limit}
                  usedText={format.number(seats.used)}
                  summary={seatSummary}
                />
                <p className="text-sm text-fg-muted">{copy.seats.hint}</p>
                <dl className="grid gap-3 border-t border-border pt-4 text-sm">
                  {(["owner", "admin", "member"] as const).map((key) => (
                    <div key={key}>
                      <dt className="font-medium">{t.workspace.roles[key]}</dt>
                      <dd className="text-fg-muted">{copy.roleDescriptions[key]}</dd>
                    </div>
                  ))}
                </dl>
              </div>
            </Card>
            <Card title={copy.leave.title}>
              <div className="grid gap-4 text-sm">
                <p className="text-fg-muted">{formatMessage(copy.leave.body, { organization: organization.name })}</p>
                {lastOwner ? (
                  <p className="rounded-lg border border-warning/30 bg-warning-soft px-4 py-3 text-sm">
                    {members.some((member) => member.role === "admin")
                      ? copy.leave.lastOwner
                      : copy.leave.lastOwnerNoAdmin}
                  </p>
                ) : (
                  <div>
                    <LeaveOrganization slug={organization.slug} organization={organization.name} />
                  </div>
                )}
              </div>
            </Card>
          </div>
        </div>
      </TeamNotices>
    </div>
  );
}
