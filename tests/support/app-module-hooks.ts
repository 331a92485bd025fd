// Lets a plain Node process (type stripping, no bundler) load the app's server modules, as a test's stand-in
// for the server: `node --import ./tests/support/app-module-hooks.ts <script>`. It resolves the `@/` alias and
// extensionless imports the way the bundler does, and `server-only` to nothing (this is the server).
import { existsSync, statSync } from "node:fs";
import { registerHooks } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const emptyModule = pathToFileURL(fileURLToPath(new URL("./empty-module.ts", import.meta.url))).href;

function withExtension(path: string): string | undefined {
  for (const candidate of [path, `${path}.ts`, `${path}.tsx`, `${path}/index.ts`])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === "server-only") return { url: emptyModule, shortCircuit: true };
    const base = specifier.startsWith("@/")
      ? `${root}${specifier.slice(2)}`
      : specifier.startsWith(".") && context.parentURL?.startsWith(pathToFileURL(root).href)
        ? fileURLToPath(new URL(specifier, context.parentURL))
        : undefined;
    const file = base && withExtension(base);
    return file ? { url: pathToFileURL(file).href, shortCircuit: true } : nextResolve(specifier, context);
  },
});
