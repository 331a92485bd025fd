import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getProject } from "@/src/projects/queries/get-project";
import { requireWorkspace } from "@/src/workspace/require-workspace";

/**
 * Resolves the project before anything streams, so another organization's project, or a malformed id, is a
 * real 404. Both lookups are cached: the pages below reuse them.
 */
export default async function ProjectLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ org: string; id: string }>;
}) {
  const { org, id } = await params;
  const { organization, db } = await requireWorkspace(org);
  if (!(await getProject(db, organization.id, id))) notFound();
  return children;
}
