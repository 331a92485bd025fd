import "server-only";
import type { z } from "zod";
import { envSchema } from "./env-schema";

/**
 * The only place that reads process.env. Values are validated once, at first use, so a missing or malformed
 * setting fails loudly with its name instead of surfacing later as an obscure error.
 */
export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid environment: ${problems}`);
    }
    cached = parsed.data;
  }
  return cached;
}

const definitionSchema = envSchema.pick({ ARCO_ANALYZER_CONCURRENCY: true });

/**
 * The settings Inngest function definitions read when their module loads (a concurrency limit). Parsed apart
 * from the rest: definitions must stay importable where the app's full environment is absent (builds, tests).
 */
export function definitionEnv(): z.infer<typeof definitionSchema> {
  return definitionSchema.parse(process.env);
}
