"use client";

import { useCallback, useEffect, useState } from "react";
import { analysisStatusResponse, toAnalysisView, type AnalysisView } from "./analysis-status";

const pollEveryMs = 1000;
const retryAfterErrorMs = 2500;

export function isRunning(status: AnalysisView["status"]): boolean {
  return status === "queued" || status === "running";
}

async function fetchView(id: string): Promise<AnalysisView> {
  const response = await fetch(`/api/analyze/${id}`, { cache: "no-store", headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`GET /api/analyze/${id}: ${response.status}`);
  return toAnalysisView(analysisStatusResponse.parse(await response.json()));
}

/**
 * Follows an analysis through the API about once a second while it is queued or running, and stops once it is
 * done or failed. A failed poll (network, server restart) keeps trying, a little slower, and says so.
 */
export function useAnalysisPolling(initial: AnalysisView) {
  const [view, setView] = useState(initial);
  const [connectionLost, setConnectionLost] = useState(false);
  const running = isRunning(view.status);

  useEffect(() => {
    if (!running) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout>;
    async function poll() {
      try {
        const next = await fetchView(initial.id);
        if (cancelled) return;
        setView(next);
        setConnectionLost(false);
        if (isRunning(next.status)) timer = setTimeout(poll, pollEveryMs);
      } catch {
        if (cancelled) return;
        setConnectionLost(true);
        timer = setTimeout(poll, retryAfterErrorMs);
      }
    }
    timer = setTimeout(poll, pollEveryMs);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [initial.id, running]);

  /** Reads the analysis again now (after the email unlocked the full report). */
  const refresh = useCallback(async () => {
    setView(await fetchView(initial.id));
  }, [initial.id]);

  return { view, connectionLost, refresh };
}
