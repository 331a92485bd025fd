import { spawn, type ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import type { Result } from "lighthouse";
import { repoRoot } from "../../../../supabase/local/paths.ts";
import { bareLighthouse } from "../bare-lighthouse.ts";
import type { BenchSection } from "../bench-section.ts";

/** Ports of their own, so the benchmark runs beside `npm run dev` and the end-to-end tests. */
const PORTS = { app: 3200, api: 56321, db: 56322 };
const TARGET = { accessibility: 100, others: 95 };
const categories = [
  ["performance", "performance"],
  ["accessibility", "accessibility"],
  ["best practices", "best-practices"],
  ["SEO", "seo"],
] as const;

/** The production build on a fresh local stack, as `npm run dev -- --mode=start` runs it (built when missing). */
async function startApp(): Promise<{ url: string; stop(): Promise<void> }> {
  const app = spawn(
    process.execPath,
    [
      "scripts/dev.ts",
      "--mode=start",
      "--data-dir=.arco/bench-analyzer",
      "--fresh",
      `--port=${PORTS.app}`,
      `--api-port=${PORTS.api}`,
      `--db-port=${PORTS.db}`,
    ],
    {
      cwd: repoRoot,
      // Not this process's settings, which point the app's modules at the benchmark's own stack. Loopback is
      // allowed so the app may analyze the fixture page.
      env: {
        NODE_ENV: "production",
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ARCO_ANALYZER_ALLOW_LOOPBACK: "1",
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  await new Promise<void>((resolve, reject) => {
    let output = "";
    app.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Arco is running")) resolve();
    });
    app.once("exit", (code) => reject(new Error(`the app exited (${code}) before it was ready:\n${output}`)));
  });
  app.stdout!.resume();
  return { url: `http://127.0.0.1:${PORTS.app}`, stop: () => stopApp(app) };
}

async function stopApp(app: ChildProcess): Promise<void> {
  if (app.exitCode !== null) return;
  const exited = new Promise((resolve) => app.once("exit", resolve));
  app.kill("SIGTERM");
  await exited;
}

/** A finished analysis with an email given, so its report page shows everything, as after the gate. */
async function finishedAnalysis(appUrl: string, pageUrl: string): Promise<string> {
  const response = await fetch(`${appUrl}/api/analyze`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      url: pageUrl,
      email: "bench@arco.local",
      consent: true,
      consentTextVersion: "bench",
    }),
  });
  const { id } = (await response.json()) as { id: string };
  if (response.status !== 202) throw new Error(`the analysis was refused: ${response.status}`);
  for (const deadline = Date.now() + 180_000; Date.now() < deadline; await sleep(1_000)) {
    const { status } = (await (await fetch(`${appUrl}/api/analyze/${id}`)).json()) as { status: string };
    if (status === "done") return id;
    if (status === "failed") throw new Error("the fixture page's analysis failed");
  }
  throw new Error("the fixture page's analysis did not finish in time");
}

const score = (lhr: Result, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);

/**
 * The funnel's own pages (landing, analyzer form, a full report, sign-up from a report) through Lighthouse,
 * mobile and desktop, on the production build: the agency's sales pitch is these scores, so they are held to
 * the targets.
 */
export const funnelPages: BenchSection = {
  title: `The funnel's own pages through Lighthouse (production build; targets: accessibility ${TARGET.accessibility}, ≥ ${TARGET.others} elsewhere)`,
  async run({ sites, print }) {
    const { env } = await import("@/src/env");
    const app = await startApp();
    try {
      const id = await finishedAnalysis(app.url, sites.url("/fast"));
      const pages = [
        ["landing", "/"],
        ["analyzer form", "/analyze"],
        ["report", `/r/${id}`],
        ["sign-up", `/sign-up?analysis=${id}`],
      ] as const;
      print(`  ${"page".padEnd(24)}${categories.map(([name]) => name.padStart(16)).join("")}`);
      const missed: string[] = [];
      for (const [name, path] of pages) {
        for (const formFactor of ["mobile", "desktop"] as const) {
          const lhr = await bareLighthouse(`${app.url}${path}`, {
            chromePath: env().CHROME_PATH,
            maxWaitForLoadMs: env().ARCO_ANALYZER_MAX_WAIT_FOR_LOAD_MS,
            formFactor,
          });
          const row = `${name}, ${formFactor}`;
          const scores = categories.map(([label, category]) => {
            const value = score(lhr, category);
            const target = category === "accessibility" ? TARGET.accessibility : TARGET.others;
            if (value < target) missed.push(`${row} ${label} ${value}`);
            return value;
          });
          print(`  ${row.padEnd(24)}${scores.map((value) => String(value).padStart(16)).join("")}`);
        }
      }
      print(`  targets: ${missed.length === 0 ? "all met" : `MISSED: ${missed.join(", ")}`}`);
    } finally {
      await app.stop();
    }
  },
};
