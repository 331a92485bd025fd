import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/src/components/ui/page-header";
import { getTranslations } from "@/src/i18n/get-translations";
import { updateProject } from "@/src/projects/actions/update-project";
import { ProjectForm } from "@/src/projects/components/project-form";
import { getProject } from "@/src/projects/queries/get-project";
import { canManage, requireWorkspace } from "@/src/workspace/require-workspace";

type Props = { params: Promise<{ org: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { org, id } = await params;
  const [{ t }, { organization, db }] = await Promise.all([getTranslations(), requireWorkspace(org)]);
  const project = await getProject(db, organization.id, id);
  return { title: `${t.projects.form.editTitle}: ${project?.name ?? t.projects.title} · ${organization.name}` };
}

/**
 * "Edit project": name, description and dates, for owners and admins (members: 404). It sits outside the
 * detail's route group, so no loading boundary wraps it and the 404 is a real one.
 */
export default async function EditProjectPage({ params }: Props) {
  const { org, id } = await params;
  const { organization, role, plan, db } = await requireWorkspace(org);
  if (!canManage(role)) notFound();
  const [{ t }, project] = await Promise.all([getTranslations(), getProject(db, organization.id, id)]);
  if (!project) notFound();
  const copy = t.projects;
  const base = `/app/${organization.slug}/projects`;

  return (
    <div className="grid gap-6">
      <PageHeader
        title={copy.form.editTitle}
        description={copy.form.editDescription}
        breadcrumbs={[
          { label: copy.title, href: base },
          { label: project.name, href: `${base}/${project.id}` },
          { label: copy.form.editTitle },
        ]}
        breadcrumbsLabel={t.workspace.breadcrumbsLabel}
      />
      <ProjectForm
        action={updateProject}
        slug={organization.slug}
        planName={t.workspace.tiers[plan.key as keyof typeof t.workspace.tiers] ?? plan.name}
        submitLabel={copy.form.save}
        cancelHref={`${base}/${project.id}`}
        project={{
          id: project.id,
          name: project.name,
          description: project.description,
          startDate: project.startDate,
          dueDate: project.dueDate,
        }}
      />
    </div>
  );
}
