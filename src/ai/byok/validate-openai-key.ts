import "server-only";
import OpenAI from "openai";
import { AppError } from "@/src/errors/app-error";
import { openaiClient } from "../openai-client";

/**
 * Proves a key works before it is saved, with the cheapest call OpenAI has (listing models: no tokens).
 * A refused key is `openai_key_invalid`; OpenAI unreachable is `openai_unavailable`, so nothing is saved
 * either way. The key never reaches a log: only the SDK's status is kept.
 */
export async function validateOpenaiKey(apiKey: string): Promise<void> {
  try {
    await openaiClient(apiKey, { timeoutMs: 10_000 }).models.list();
  } catch (error) {
    if (error instanceof OpenAI.AuthenticationError || error instanceof OpenAI.PermissionDeniedError) {
      throw new AppError("openai_key_invalid", { detail: `OpenAI answered ${error.status}` });
    }
    const status = error instanceof OpenAI.APIError ? error.status : undefined;
    throw new AppError("openai_unavailable", { detail: `OpenAI key check failed (${status ?? "no answer"})` });
  }
}
