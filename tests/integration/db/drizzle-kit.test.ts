import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { is } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import * as schema from "../../../src/db/schema/index.ts";
import { stackForThisFile } from "../../support/stack.ts";

/** drizzle.config.ts works against a migrated database over the wire: `check`, and `pull` of every table. */
const stack = stackForThisFile();
const scratch = mkdtempSync(join(tmpdir(), "arco-drizzle-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function drizzleKit(...args: string[]): Promise<string> {
  const { stdout, stderr } = await promisify(execFile)(
    join(process.cwd(), "node_modules", ".bin", "drizzle-kit"),
    args,
    {
      env: { ...process.env, DATABASE_URL: stack.dbUrl },
      timeout: 60_000,
    },
  );
  return stdout + stderr;
}

describe("drizzle.config.ts", () => {
  it("passes drizzle-kit check", async () => {
    expect(await drizzleKit("check")).toContain("Everything's fine");
  });

  it("lets drizzle-kit pull introspect every table of the Drizzle schema, and only the public schema", async () => {
    // The project's config, with the output moved to a scratch folder.
    const config = join(scratch, "drizzle.config.ts");
    writeFileSync(
      config,
      `import config from ${JSON.stringify(join(process.cwd(), "drizzle.config.ts"))};\nexport default { ...config, out: ${JSON.stringify(scratch)} };\n`,
    );
    await drizzleKit("pull", "--config", config);
    const pulled = readFileSync(join(scratch, "schema.ts"), "utf8");
    for (const table of Object.values(schema).filter((value) => is(value, PgTable)))
      expect(pulled).toContain(`pgTable("${getTableConfig(table).name}"`);
    expect(pulled).not.toMatch(/pgSchema\("(auth|storage)"\)/);
  });
});
