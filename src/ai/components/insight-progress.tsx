"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { Spinner } from "@/src/components/ui/spinner";

/**
 * Shown while an insight is queued or being written: says so politely and reloads the page's data every two
 * seconds, so the answer appears as soon as the job stores it (no socket needed for a one-off wait).
 */
export function InsightProgress({ label, message }: { label: string; message: string }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [router]);
  return (
    <div
      role="status"
      aria-label={label}
      className="flex items-center gap-3 rounded-xl border border-border bg-surface-muted px-4 py-3 text-sm"
    >
      <Spinner />
      <span>{message}</span>
    </div>
  );
}
