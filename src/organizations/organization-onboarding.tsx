import "server-only";
import type { ReactNode } from "react";
import { z } from "zod";
import { getAnalysisStatus } from "../analyzer/get-analysis-status";
import { reportHost } from "../components/analyzer/format-report-values";
import { CreateOrganizationForm } from "./create-organization-form";

/**
 * The dashboard of someone in no organization yet: a welcome and "create your organization". When the
 * sign-up came from a report (the analysis id in the user's metadata, or in the link for OAuth sign-ups), the
 * name starts as the analyzed host and the analysis is imported as the first project's baseline.
 */
export async function OrganizationOnboarding({
  title,
  intro,
  analysisIds,
}: {
  title: string;
  intro: ReactNode;
  /** Candidates in order of trust: the user's sign-up metadata first, then the `?analysis=` of the link. */
  analysisIds: unknown[];
}) {
  const analysisId = analysisIds.map((value) => z.uuid().safeParse(value).data).find(Boolean);
  const analysis = analysisId ? await getAnalysisStatus(analysisId) : null;
  const host = analysis ? reportHost(analysis.finalUrl ?? analysis.url) : null;
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{title}</h1>
        <div className="mt-3 grid gap-1 text-fg-muted">{intro}</div>
      </div>
      <CreateOrganizationForm
        defaultName={host ?? ""}
        analysis={analysis && host && analysis.status !== "failed" ? { id: analysis.id, host } : null}
      />
    </div>
  );
}
