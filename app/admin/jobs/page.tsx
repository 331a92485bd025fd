import type { Metadata } from "next";
import { RunJobButton } from "@/src/admin/components/run-job-button";
import { getJobRuns } from "@/src/admin/queries/get-job-runs";
import { requireAdmin } from "@/src/admin/require-admin";
import { runnableJobs } from "@/src/admin/runnable-jobs";
import { Card } from "@/src/components/ui/card";
import { EmptyState } from "@/src/components/ui/empty-state";
import { PageHeader } from "@/src/components/ui/page-header";
import { StatusBadge } from "@/src/components/ui/status-badge";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";

export async function generateMetadata(): Promise<Metadata> {
  await requireAdmin();
  const { t } = await getTranslations();
  return { title: `${t.agency.jobs.title} · ${t.admin.title}` };
}

const tones = { running: "info", succeeded: "success", failed: "danger" } as const;

export default async function JobsPage() {
  const { db, isStaffAdmin } = await requireAdmin();
  const [{ t, locale }, recorded] = await Promise.all([getTranslations(), getJobRuns(db)]);
  // The jobs staff can run are listed even before their first run, so a new one can be started from here.
  const jobs = [
    ...recorded,
    ...Object.keys(runnableJobs)
      .filter((job) => !recorded.some((summary) => summary.job === job))
      .map((job) => ({ job, runs: [], failures30d: 0 })),
  ];
  const copy = t.agency.jobs;
  const format = formatters(locale);
  return (
    <div className="grid gap-6">
      <PageHeader title={copy.title} description={copy.description} />
      {jobs.length === 0 ? (
        <EmptyState icon="cog" title={copy.empty.title} body={copy.empty.body} />
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          {jobs.map((job) => (
            <Card key={job.job} title={job.job} description={format.plural(job.failures30d, copy.failures)}>
              <div className="grid gap-4">
                {job.runs.length === 0 ? <p className="text-sm text-fg-muted">{copy.noRuns}</p> : null}
                <ol aria-label={copy.lastRuns} className="grid gap-2 text-sm">
                  {job.runs.map((run) => (
                    <li key={run.startedAt.toISOString()} className="grid gap-1">
                      <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
                        <StatusBadge tone={tones[run.status]}>{copy.statuses[run.status]}</StatusBadge>
                        <time dateTime={run.startedAt.toISOString()}>{format.dateTime(run.startedAt)}</time>
                        {run.durationMs === null ? null : (
                          <span className="text-fg-muted tabular-nums">{format.duration(run.durationMs)}</span>
                        )}
                      </span>
                      {run.error ? <span className="text-xs break-words text-danger">{run.error}</span> : null}
                    </li>
                  ))}
                </ol>
                {isStaffAdmin && job.job in runnableJobs ? (
                  <RunJobButton job={job.job} />
                ) : job.job in runnableJobs ? null : (
                  <p className="text-xs text-fg-muted">{copy.scheduleOnly}</p>
                )}
              </div>
            </Card>
          ))}
        </div>
      )}
    </div>
  );
}
