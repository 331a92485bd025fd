import "server-only";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import type { RequestDb } from "./request-db";
import { requireWorkspace } from "./require-workspace";

type RowLayoutProps = { children: ReactNode; params: Promise<{ org: string; id: string }> };

/**
 * The layout of a detail page (`<area>/[id]/layout.tsx`): resolves the page's row before anything streams,
 * so another organization's id, or a malformed one, answers a real 404 — the page's loading.tsx sits below
 * this point. `load` is the page's own cached query, so the page reuses the row.
 */
export function rowLayout(load: (db: RequestDb, orgId: string, id: string) => Promise<unknown>) {
  return async function RowLayout({ children, params }: RowLayoutProps) {
    const { org, id } = await params;
    const { organization, db } = await requireWorkspace(org);
    if (!(await load(db, organization.id, id))) notFound();
    return children;
  };
}
