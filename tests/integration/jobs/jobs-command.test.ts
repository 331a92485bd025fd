import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { stackForThisFile } from "@/tests/support/stack";

const stack = stackForThisFile();
const run = promisify(execFile);

/** `npm run jobs -- <args>` as a developer types it, pointed at this file's stack. */
async function jobs(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = {
    ...process.env,
    SUPABASE_URL: stack.apiUrl,
    SUPABASE_ANON_KEY: stack.anonKey,
    SUPABASE_SERVICE_ROLE_KEY: stack.serviceRoleKey,
    DATABASE_URL: stack.dbUrl,
  };
  const loader = join(process.cwd(), "scripts", "support", "app-loader.ts");
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", loader, "scripts/jobs.ts", ...args], {
      env,
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run jobs", () => {
  it("lists every function with its triggers", async () => {
    const { code, stdout } = await jobs("list");
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^daily-heartbeat\s+cron TZ=America\/Sao_Paulo 0 6 \* \* \*, event app\/heartbeat\.requested$/m,
    );
    expect(stdout).toMatch(/^check-uptime\s+cron \* \* \* \* \*, event jobs\/run-requested\.check-uptime$/m);
    expect(stdout).toMatch(/^check-monitors\s+event uptime\/checks\.due$/m);
  });

  it("runs a function now, prints its result and records it", async () => {
    const { code, stdout } = await jobs("run", "daily-heartbeat");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ status: "succeeded", output: { recorded: true } });
    const rows = await stack.sql`select status from public.job_runs where job = 'daily-heartbeat'`;
    expect(rows).toEqual([{ status: "succeeded" }]);
  });

  it("exits non-zero when the run fails", async () => {
    const { code, stdout } = await jobs("run", "analyze-url", "--data", '{"analysisId": ""}');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ status: "failed", error: expect.stringContaining("validation") });
  });

  it("refuses an unknown function", async () => {
    const { code, stderr } = await jobs("run", "no-such-job");
    expect(code).toBe(2);
    expect(stderr).toContain('No function "no-such-job"');
  });
});
