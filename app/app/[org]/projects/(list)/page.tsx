import type { Metadata } from "next";
import Link from "next/link";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { EmptyState } from "@/src/components/ui/empty-state";
import { PageHeader } from "@/src/components/ui/page-header";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { ProjectCard } from "@/src/projects/components/project-card";
import { StatusFilter } from "@/src/projects/components/status-filter";
import { projectListSearchSchema } from "@/src/projects/project-list-search";
import { getProjects } from "@/src/projects/queries/get-projects";
import { todayIn } from "@/src/projects/today-in";
import { canManage, requireWorkspace } from "@/src/workspace/require-workspace";

type Props = {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, { organization }] = await Promise.all([getTranslations(), requireWorkspace((await params).org)]);
  return { title: `${t.projects.title} · ${organization.name}` };
}

export default async function ProjectsPage({ params, searchParams }: Props) {
  const { organization, role, db } = await requireWorkspace((await params).org);
  const { status } = projectListSearchSchema.parse(await searchParams);
  const [{ t, locale }, list] = await Promise.all([getTranslations(), getProjects(db, organization.id, { status })]);
  const copy = t.projects;
  const format = formatters(locale, organization.timeZone);
  const base = `/app/${organization.slug}/projects`;
  const manage = canManage(role);
  const today = todayIn(organization.timeZone);
  const newProject = manage ? (
    <Link href={`${base}/new`} className={buttonStyles()}>
      {copy.newProject}
    </Link>
  ) : undefined;

  return (
    <div className="grid gap-6">
      <PageHeader title={copy.title} description={copy.description} actions={newProject} />
      {list.total === 0 ? (
        <EmptyState
          icon="folder"
          title={copy.empty.title}
          body={manage ? copy.empty.manage : copy.empty.member}
          action={newProject}
        />
      ) : (
        <>
          <StatusFilter
            baseHref={base}
            current={status}
            counts={list.counts}
            total={list.total}
            t={t}
            format={format}
          />
          {list.projects.length === 0 && status ? (
            <EmptyState
              icon="list"
              title={formatMessage(copy.emptyFiltered.title, { status: copy.statuses[status] })}
              action={
                <Link href={base} className={buttonStyles({ variant: "secondary" })}>
                  {copy.emptyFiltered.showAll}
                </Link>
              }
            />
          ) : (
            <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
              {list.projects.map((project) => (
                <li key={project.id}>
                  <ProjectCard project={project} href={`${base}/${project.id}`} today={today} t={t} format={format} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
