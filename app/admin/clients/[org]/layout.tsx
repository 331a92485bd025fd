import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getClient } from "@/src/admin/queries/get-client";
import { requireAdmin } from "@/src/admin/require-admin";

/** Resolves the client before anything streams, so an unknown slug answers a real 404 (loading.tsx is below). */
export default async function ClientLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ org: string }>;
}) {
  const { db } = await requireAdmin();
  if (!(await getClient(db, (await params).org))) notFound();
  return children;
}
