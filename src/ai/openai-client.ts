import "server-only";
import OpenAI from "openai";
import { env } from "@/src/env";

/**
 * The official SDK for one key (the plan's or an organization's own), at OPENAI_BASE_URL when it is set (a
 * local fake in tests, a proxy in production). Few retries: a failed insight is retried by its job.
 */
export function openaiClient(apiKey: string, options: { timeoutMs?: number } = {}): OpenAI {
  return new OpenAI({
    apiKey,
    baseURL: env().OPENAI_BASE_URL,
    maxRetries: 1,
    timeout: options.timeoutMs ?? 60_000,
  });
}
