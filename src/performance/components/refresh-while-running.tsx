"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const EVERY_MS = 4_000;

/**
 * Re-renders the page every few seconds while a run is queued or running, so its status (and then its
 * result, in the charts) shows up without a reload. Rendered only while there is such a run.
 */
export function RefreshWhileRunning() {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), EVERY_MS);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}
