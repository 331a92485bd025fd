import type { AnalysisFailureCode } from "../analysis-failure.ts";
import type { AnalysisResult } from "../analysis-result.ts";

/** Room after the load limit for launching Chrome and running the audits, before the run is given up. */
export const DEADLINE_MARGIN_MS = 60_000;

/** The running stages Lighthouse itself moves through; the job adds `saving` once the audit is back. */
export type LighthouseStage = "loading" | "auditing";

/** One audit the server asks of a Lighthouse process (which then waits for the next). */
export interface AuditRequest {
  url: string;
  chromePath: string;
  /** The egress proxy Chrome is confined to (it runs in the server, which owns the vetting). */
  proxyUrl: string;
  /** Lighthouse's `maxWaitForLoad`. */
  maxWaitForLoadMs: number;
  formFactor: "mobile" | "desktop";
  /** An empty folder made for this run; the server removes it afterwards. */
  profileDir: string;
}

export type ToLighthouseProcess =
  | { type: "audit"; request: AuditRequest }
  /** The answer to `gathered`: whether the egress proxy turned a request of the page away. */
  | { type: "proxy"; refused: boolean };

export type FromLighthouseProcess =
  /** Started and listening: the first audit may be sent. */
  | { type: "ready" }
  | { type: "progress"; stage: LighthouseStage; progress: number }
  /** The page has been gathered: the process waits for a `proxy` answer before judging the load. */
  | { type: "gathered" }
  /** The screenshot is the final JPEG; the channel's advanced serialization carries its bytes as they are. */
  | { type: "done"; result: AnalysisResult; screenshot: Uint8Array | null }
  | { type: "failure"; code: AnalysisFailureCode; status?: number; finalUrl?: string }
  | { type: "error"; message: string };
