import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getReport } from "@/src/reports/queries/get-report";
import { requireWorkspace } from "@/src/workspace/require-workspace";

/**
 * Resolves the report before anything streams, so another organization's id (or a malformed one) answers a
 * real 404; the page's loading.tsx sits below this point and the page reuses the cached row.
 */
export default async function ReportLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ org: string; id: string }>;
}) {
  const { org, id } = await params;
  const { organization, db } = await requireWorkspace(org);
  if (!(await getReport(db, organization.id, id))) notFound();
  return children;
}
