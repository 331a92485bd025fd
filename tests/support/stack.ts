import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Sql } from "postgres";
import { afterAll, beforeAll } from "vitest";
import type { StackConfig } from "../../supabase/local/config.ts";
import type { Mailbox } from "../../supabase/local/mailbox.ts";
import { startStack, type DeepPartial } from "../../supabase/local/stack.ts";
import { templateFile } from "./template.ts";

export interface TestStack {
  apiUrl: string;
  dbUrl: string;
  anonKey: string;
  serviceRoleKey: string;
  mailbox: Mailbox;
  /** Superuser connection for test setup (policies, fixtures); never what the code under test uses. */
  sql: Sql;
  filesDir: string;
  stop: () => Promise<void>;
}

/** A private local stack for one test file: its own in-memory Postgres from the migrated template, ephemeral ports. */
export async function startTestStack(options: { config?: DeepPartial<StackConfig> } = {}): Promise<TestStack> {
  const filesDir = mkdtempSync(join(tmpdir(), "arco-storage-"));
  const stack = await startStack({
    template: new Blob([readFileSync(templateFile)]),
    apiPort: 0,
    dbPort: 0,
    seed: false,
    filesDir,
    config: options.config,
  });
  return {
    apiUrl: stack.apiUrl,
    dbUrl: stack.dbUrl,
    anonKey: stack.anonKey,
    serviceRoleKey: stack.serviceRoleKey,
    mailbox: stack.mailbox,
    sql: stack.context.sql,
    filesDir,
    async stop() {
      await stack.stop();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

/**
 * Gives a test file its own stack: started before the file's tests, stopped after them. Call at module level;
 * the returned object reads through to the running stack.
 */
export function stackForThisFile(options: { config?: DeepPartial<StackConfig> } = {}): TestStack {
  let current: TestStack | undefined;
  beforeAll(async () => {
    current = await startTestStack(options);
  });
  afterAll(async () => {
    await current?.stop();
  });
  return new Proxy({} as TestStack, {
    get(_, key) {
      if (!current) throw new Error("The test stack is used before it started (use it inside a test or hook)");
      return current[key as keyof TestStack];
    },
  });
}
