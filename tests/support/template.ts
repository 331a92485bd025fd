import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { openDatabase } from "../../supabase/local/database.ts";

export const templateFile = join(process.cwd(), ".arco", "test-template.tar.gz");

/**
 * Vitest global setup: bootstraps and migrates one database per run and archives it, so every test file
 * starts its own in-process Postgres from a migrated copy instead of replaying every migration.
 */
export default async function buildTemplate(): Promise<void> {
  const db = await openDatabase({ seed: false });
  const archive = await db.dumpDataDir("gzip");
  await db.close();
  mkdirSync(join(process.cwd(), ".arco"), { recursive: true });
  // Written aside and renamed, so a test run started meanwhile never reads a half-written archive.
  const partial = `${templateFile}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await archive.arrayBuffer()));
  renameSync(partial, templateFile);
}
