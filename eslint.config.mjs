import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Env is read in exactly one place (src/env.ts), validated.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read settings through env() from src/env.ts." },
      ],
    },
  },
  {
    files: ["src/env.ts", "supabase/local/**", "scripts/**", "tests/**", "playwright.config.ts", "*.config.*"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      ".arco/**",
      "artifacts/**",
      "test-results/**",
      "playwright-report/**",
      "supabase/functions/**",
      "supabase/local/functions/deno-entry.ts",
      "next-env.d.ts",
    ],
  },
];

export default config;
