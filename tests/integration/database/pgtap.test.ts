import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pgtap } from "@electric-sql/pglite-pgtap";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../../supabase/local/database.ts";
import { templateFile } from "../../support/template.ts";
import { parseTap } from "./parse-tap.ts";

/**
 * Runs every pgTAP file in supabase/tests/database, each in its own PGlite started from the migrated
 * template, with pgTAP and the persona helpers loaded first. A file passes when every assertion it planned
 * ran and passed.
 */
const testsDir = join(process.cwd(), "supabase", "tests");
const databaseDir = join(testsDir, "database");
const files = readdirSync(databaseDir)
  .filter((file) => file.endsWith(".test.sql"))
  .sort();

describe("pgTAP", () => {
  const personas = readFileSync(join(testsDir, "helpers", "personas.sql"), "utf8");

  for (const file of files) {
    it(file, async () => {
      const db = await openDatabase({
        template: new Blob([readFileSync(templateFile)]),
        seed: false,
        extensions: { pgtap },
      });
      try {
        await db.exec("create extension if not exists pgtap with schema extensions");
        await db.exec(personas);
        const results = await db.exec(readFileSync(join(databaseDir, file), "utf8"));
        const output = results.flatMap((result) =>
          result.rows.flatMap((row) => Object.values(row).filter((value) => typeof value === "string")),
        );
        const report = parseTap(output);
        expect(report.problems, `${file}: ${report.ran} of ${report.planned ?? "?"} ran`).toEqual([]);
      } finally {
        await db.close();
      }
    });
  }
});
