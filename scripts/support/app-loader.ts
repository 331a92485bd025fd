// Lets a plain Node script load the app's server modules, JSX templates included: `node --import
// ./scripts/support/app-loader.ts <script>`. Node strips types from .ts files itself but does not compile JSX,
// so .tsx files (email and PDF templates) go through esbuild, the compiler the test runner already uses.
import { readFileSync } from "node:fs";
import { registerHooks } from "node:module";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";
import "../../tests/support/app-module-hooks.ts";

registerHooks({
  load(url, context, nextLoad) {
    if (!url.startsWith("file:") || !url.endsWith(".tsx")) return nextLoad(url, context);
    const path = fileURLToPath(url);
    const { code } = transformSync(readFileSync(path, "utf8"), {
      loader: "tsx",
      jsx: "automatic",
      format: "esm",
      sourcefile: path,
    });
    return { format: "module", source: code, shortCircuit: true };
  },
});
