import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Sql } from "postgres";
import { afterAll, beforeAll } from "vitest";
import type { StackConfig } from "../../supabase/local/config.ts";
import type { Mailbox } from "../../supabase/local/mailbox.ts";
import type { LocalStripe } from "../../supabase/local/stripe/index.ts";
import { startStack, type DeepPartial, type StackOptions } from "../../supabase/local/stack.ts";
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
  /** The stack's local Stripe: its keys and URL (`env`) and a wait for its webhook deliveries (`idle`). */
  stripe: LocalStripe;
  stop: () => Promise<void>;
}

export type StackForTest = Pick<StackOptions, "stripe"> & { config?: DeepPartial<StackConfig> };

/** A private local stack for one test file: its own in-memory Postgres from the migrated template, ephemeral ports. */
export async function startTestStack(options: StackForTest = {}): Promise<TestStack> {
  const filesDir = mkdtempSync(join(tmpdir(), "arco-storage-"));
  const stack = await startStack({
    template: new Blob([readFileSync(templateFile)]),
    apiPort: 0,
    dbPort: 0,
    seed: false,
    filesDir,
    config: options.config,
    stripe: options.stripe,
  });
  return {
    apiUrl: stack.apiUrl,
    dbUrl: stack.dbUrl,
    anonKey: stack.anonKey,
    serviceRoleKey: stack.serviceRoleKey,
    mailbox: stack.mailbox,
    sql: stack.context.sql,
    filesDir,
    stripe: stack.stripe,
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
export function stackForThisFile(options: StackForTest = {}): TestStack {
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
