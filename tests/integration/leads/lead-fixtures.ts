import { randomUUID } from "node:crypto";
import type { AnalysisResult } from "@/src/analyzer/analysis-result";
import type { TestStack } from "@/tests/support/stack";
import { pointAppAt } from "@/tests/support/app-env";

export const APP_URL = "https://arco.test";
export const CONSENT_VERSION = "analyzer-consent-2026-11";
export const quietLogger = { info: () => {}, warn: () => {}, error: () => {} };

/**
 * The app's settings for the lead tests: the test stack, emails to its mailbox unless Resend is set, and a
 * public URL to read links against. Call before the first dynamic import of an app module.
 */
export function configureLeadApp(stack: TestStack, overrides: Record<string, string> = {}): void {
  pointAppAt(stack);
  Object.assign(process.env, {
    APP_URL,
    MAILBOX_URL: `${stack.apiUrl}/mailbox`,
    RESEND_API_KEY: "",
    RESEND_BASE_URL: "",
    INNGEST_EVENT_KEY: "",
    INNGEST_BASE_URL: "",
    HUBSPOT_ACCESS_TOKEN: "",
    HUBSPOT_BASE_URL: "",
    LEAD_UNSUBSCRIBE_SECRET: "",
    ...overrides,
  });
}

/** A finished report as the analysis job stores it. */
export const doneResult: AnalysisResult = {
  lighthouseVersion: "13.5.0",
  fetchedAt: "2026-11-23T12:00:00.000Z",
  finalUrl: "https://www.loja.test/",
  scores: { performance: 62, accessibility: 91, bestPractices: 100, seo: 45 },
  metrics: { lcpMs: 3400, cls: 0.12, tbtMs: 350, fcpMs: 1800, speedIndexMs: 4100, ttfbMs: 600 },
  opportunities: [
    {
      id: "render-blocking-resources",
      title: { "pt-BR": "Elimine recursos que bloqueiam a renderização", en: "Eliminate render-blocking resources" },
      score: 0.3,
      displayValue: "1.2 s",
      savingsMs: 1200,
      savingsBytes: null,
    },
    {
      id: "modern-image-formats",
      title: { "pt-BR": "Exiba imagens em formatos modernos", en: "Serve images in modern formats" },
      score: 0.5,
      displayValue: "350 KiB",
      savingsMs: 0,
      savingsBytes: 358_400,
    },
    {
      id: "unused-javascript",
      title: { "pt-BR": "Reduza o JavaScript não usado", en: "Reduce unused JavaScript" },
      score: 0.6,
      displayValue: "0.4 s",
      savingsMs: 400,
      savingsBytes: 120_000,
    },
    {
      id: "unminified-css",
      title: { "pt-BR": "Reduza o CSS", en: "Minify CSS" },
      score: 0.8,
      displayValue: "0.1 s",
      savingsMs: 100,
      savingsBytes: 8_000,
    },
  ],
  failedAudits: { performance: [], accessibility: [], bestPractices: [], seo: [] },
  pageWeightBytes: 2_400_000,
  requestCount: 64,
  consoleErrorCount: 0,
};

/** An analysis row written as the API and the analysis job would; `result` makes it a finished one. */
export async function insertAnalysis(
  stack: TestStack,
  url: string,
  result: AnalysisResult | null = null,
): Promise<string> {
  const id = randomUUID();
  const finalUrl = result?.finalUrl ?? null;
  await stack.sql`
    insert into public.url_analyses (id, url, normalized_url, final_url, status, progress, stage, result, finished_at)
    values (${id}, ${url}, ${url}, ${finalUrl}, ${result ? "done" : "queued"}, ${result ? 100 : 0},
      ${result ? "done" : "queued"}, ${result ? stack.sql.json(result as never) : null}, ${result ? new Date() : null})`;
  return id;
}

/** 10:00 in São Paulo (UTC−3, no daylight saving since 2019) on the date `days` after `date` (YYYY-MM-DD). */
export function saoPauloMorning(date: string, days: number): Date {
  const morning = new Date(`${date}T10:00:00-03:00`);
  return new Date(morning.getTime() + days * 24 * 60 * 60_000);
}
