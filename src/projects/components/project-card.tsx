import Link from "next/link";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import type { ProjectSummary } from "../queries/get-projects";
import { CompletionBar } from "./completion-bar";
import { ProjectFacts } from "./project-facts";
import { ProjectStatusBadge } from "./project-status-badge";

/** One project in the list: its name (the link), stage, completion, dates and budget. */
export function ProjectCard({
  project,
  href,
  today,
  t,
  format,
}: {
  project: ProjectSummary;
  href: string;
  today: string;
  t: Dictionary;
  format: Formatters;
}) {
  return (
    <article className="grid h-full content-start gap-4 rounded-xl border border-border bg-surface p-5 shadow-xs">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 className="text-base font-semibold">
          <Link href={href} className="hover:underline">
            {project.name}
          </Link>
        </h2>
        <ProjectStatusBadge status={project.status} t={t} />
      </div>
      <CompletionBar
        value={project.completion}
        label={`${t.projects.completion}: ${project.name}`}
        valueText={formatMessage(t.projects.completionValue, { percent: format.percent(project.completion / 100) })}
      />
      <ProjectFacts project={project} today={today} t={t} format={format} />
    </article>
  );
}
