import type { Tone } from "@/src/components/ui/status-badge";

export type ReportStatus = "pending" | "generating" | "ready" | "failed";

export const reportStatusTones: Record<ReportStatus, Tone> = {
  pending: "neutral",
  generating: "info",
  ready: "success",
  failed: "danger",
};
