import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { Card } from "@/src/components/ui/card";
import { EmptyState } from "@/src/components/ui/empty-state";
import { PageHeader } from "@/src/components/ui/page-header";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { CompletionBar } from "@/src/projects/components/completion-bar";
import { DeliveryList } from "@/src/projects/components/delivery-list";
import { MilestoneTimeline } from "@/src/projects/components/milestone-timeline";
import { ProjectFacts } from "@/src/projects/components/project-facts";
import { ProjectStatusBadge } from "@/src/projects/components/project-status-badge";
import { milestoneStates } from "@/src/projects/milestone-states";
import { getProject } from "@/src/projects/queries/get-project";
import { getProjectTimeline } from "@/src/projects/queries/get-project-timeline";
import { todayIn } from "@/src/projects/today-in";
import { canManage, requireWorkspace } from "@/src/workspace/require-workspace";

type Props = { params: Promise<{ org: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { org, id } = await params;
  const [{ t }, { organization, db }] = await Promise.all([getTranslations(), requireWorkspace(org)]);
  const project = await getProject(db, organization.id, id);
  return { title: `${project?.name ?? t.projects.title} · ${organization.name}` };
}

export default async function ProjectPage({ params }: Props) {
  const { org, id } = await params;
  const { organization, role, db } = await requireWorkspace(org);
  // The layout answers 404 for a project that is not there, but pages render alongside their layout: the
  // timeline is asked for only once the (cached) project is known to exist.
  const [{ t, locale }, project] = await Promise.all([getTranslations(), getProject(db, organization.id, id)]);
  if (!project) notFound();
  const timeline = await getProjectTimeline(db, organization.id, project.id);
  const copy = t.projects;
  const format = formatters(locale, organization.timeZone);
  const base = `/app/${organization.slug}/projects`;
  const today = todayIn(organization.timeZone);
  const manage = canManage(role);
  const entries = milestoneStates(timeline.milestones, today);
  const done = entries.filter((entry) => entry.state === "done").length;
  const completion = formatMessage(copy.completionValue, { percent: format.percent(project.completion / 100) });

  return (
    <div className="grid gap-6">
      <PageHeader
        title={project.name}
        breadcrumbs={[{ label: copy.title, href: base }, { label: project.name }]}
        breadcrumbsLabel={t.workspace.breadcrumbsLabel}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <ProjectStatusBadge status={project.status} t={t} />
            <span>{completion}</span>
          </span>
        }
        actions={
          manage ? (
            <Link href={`${base}/${project.id}/edit`} className={buttonStyles({ variant: "secondary" })}>
              {copy.detail.edit}
            </Link>
          ) : undefined
        }
      />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="grid content-start gap-6 lg:order-2">
          <Card title={copy.detail.summary}>
            <div className="grid gap-4">
              <CompletionBar value={project.completion} label={copy.completion} valueText={completion} />
              <ProjectFacts project={project} today={today} t={t} format={format} detailed />
            </div>
          </Card>
          <Card title={copy.detail.about}>
            <p className="text-sm whitespace-pre-line text-fg-muted">
              {project.description ?? (manage ? copy.detail.noDescriptionManage : copy.detail.noDescription)}
            </p>
          </Card>
        </div>

        <div className="grid content-start gap-6 lg:order-1 lg:col-span-2">
          <Card
            title={copy.milestones.title}
            description={
              entries.length > 0
                ? formatMessage(format.plural(entries.length, copy.milestones.progress), { done: format.number(done) })
                : undefined
            }
          >
            {entries.length === 0 ? (
              <EmptyState icon="list" title={copy.milestones.empty} />
            ) : (
              <MilestoneTimeline entries={entries} t={t} format={format} />
            )}
          </Card>
          <Card title={copy.deliveries.title}>
            {timeline.deliveries.length === 0 ? (
              <EmptyState icon="check" title={copy.deliveries.empty} />
            ) : (
              <DeliveryList deliveries={timeline.deliveries} t={t} format={format} />
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
