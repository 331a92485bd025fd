import { join } from "node:path";

export const repoRoot = new URL("../..", import.meta.url).pathname;
/** Git-ignored home of the local stack's data: Postgres files, keys, stored objects, mail. */
export const defaultDataDir = join(repoRoot, ".arco", "local");
