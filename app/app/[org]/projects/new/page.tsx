import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/src/components/ui/page-header";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { createProject } from "@/src/projects/actions/create-project";
import { LimitReached, limitReachedMessage } from "@/src/usage/components/limit-reached";
import { ProjectForm } from "@/src/projects/components/project-form";
import { getUsage } from "@/src/usage/queries/get-usage";
import { canManage, requireWorkspace } from "@/src/workspace/require-workspace";

type Props = { params: Promise<{ org: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { organization }] = await Promise.all([getTranslations(), requireWorkspace((await params).org)]);
  return { title: `${t.projects.form.newTitle} · ${organization.name}` };
}

/**
 * "New project", for owners and admins (members cannot create: 404, as for any page they cannot use). At the
 * plan's limit the form gives way to the explanation and the upgrade. No loading.tsx here, so the 404 is real.
 */
export default async function NewProjectPage({ params }: Props) {
  const { organization, role, plan, limits, db } = await requireWorkspace((await params).org);
  if (!canManage(role)) notFound();
  const [{ t, locale }, usage] = await Promise.all([getTranslations(), getUsage(db, organization.id)]);
  const copy = t.projects;
  const base = `/app/${organization.slug}`;
  const planName = t.workspace.tiers[plan.key as keyof typeof t.workspace.tiers] ?? plan.name;
  const atLimit = limits.projects !== null && usage.projects >= limits.projects;

  return (
    <div className="grid gap-6">
      <PageHeader
        title={copy.form.newTitle}
        description={atLimit ? undefined : copy.form.newDescription}
        breadcrumbs={[{ label: copy.title, href: `${base}/projects` }, { label: copy.form.newTitle }]}
        breadcrumbsLabel={t.workspace.breadcrumbsLabel}
      />
      {atLimit ? (
        <LimitReached
          title={copy.limit.title}
          message={limitReachedMessage(t, formatters(locale, organization.timeZone), {
            limit: "projects",
            value: limits.projects,
            usage: usage.projects,
            planName,
          })}
          body={copy.limit.body}
          upgradeHref={`${base}/billing`}
          upgradeLabel={t.workspace.limits.upgradeCta}
        />
      ) : (
        <ProjectForm
          action={createProject}
          slug={organization.slug}
          planName={planName}
          submitLabel={copy.form.create}
          cancelHref={`${base}/projects`}
        />
      )}
    </div>
  );
}
