import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getQueueTicket } from "@/src/admin/queries/get-queue-ticket";
import { requireAdmin } from "@/src/admin/require-admin";

/** Resolves the ticket before anything streams, so an unknown id answers a real 404 (loading.tsx is below). */
export default async function QueueTicketLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ id: string }>;
}) {
  const { db } = await requireAdmin();
  if (!(await getQueueTicket(db, (await params).id))) notFound();
  return children;
}
