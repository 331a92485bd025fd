// `npm run db:reset`: throws the local data away; the next start bootstraps, migrates and seeds anew.
// Keys are kept so an existing .env keeps working.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { defaultDataDir } from "./paths.ts";

for (const part of ["postgres", "storage", "mailbox.jsonl"])
  rmSync(join(defaultDataDir, part), { recursive: true, force: true });
console.log("Local database, stored files and mailbox removed. `npm run dev` (or `npm run stack`) starts fresh.");
