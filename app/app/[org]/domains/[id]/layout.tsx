import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getDomain } from "@/src/domains/queries/get-domain";
import { requireWorkspace } from "@/src/workspace/require-workspace";

/**
 * Resolves the domain before anything streams, so another organization's domain, or a malformed id, is a real
 * 404. Both lookups are cached: the page below reuses them.
 */
export default async function DomainLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ org: string; id: string }>;
}) {
  const { org, id } = await params;
  const { organization, db } = await requireWorkspace(org);
  if (!(await getDomain(db, organization.id, id))) notFound();
  return children;
}
