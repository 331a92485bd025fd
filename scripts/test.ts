// `npm test`: every check CI holds the project to, in order, with the time each took.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "../supabase/local/paths.ts";

const bin = (name: string) => join(repoRoot, "node_modules", ".bin", name);

const steps: Array<[string, string, string[]]> = [
  ["format", bin("prettier"), ["--check", "."]],
  ["lint", bin("eslint"), ["."]],
  ["types", bin("tsc"), ["--noEmit"]],
  ["unit", bin("vitest"), ["run"]],
  ["deno", bin("deno"), ["test", "--allow-all", "--config", "supabase/functions/deno.json", "supabase/functions"]],
  ["build", process.execPath, [join(repoRoot, "node_modules", "next", "dist", "bin", "next"), "build"]],
  ["e2e", bin("playwright"), ["test"]],
];

const only = process.argv.slice(2);
const results: Array<[string, number, boolean]> = [];
for (const [name, command, args] of steps) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n▶ ${name}`);
  const started = performance.now();
  const { status } = spawnSync(command, args, {
    cwd: repoRoot,
    stdio: "inherit",
    env: { ...process.env, FORCE_COLOR: "1" },
  });
  results.push([name, (performance.now() - started) / 1000, status === 0]);
  if (status !== 0) break;
}

console.log("\nSummary");
for (const [name, seconds, ok] of results)
  console.log(`  ${ok ? "✓" : "✗"} ${name.padEnd(20)} ${seconds.toFixed(1)} s`);
process.exit(results.every(([, , ok]) => ok) && results.length > 0 ? 0 : 1);
