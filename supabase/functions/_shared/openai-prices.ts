// OpenAI's list prices (US dollars per million tokens) for the models Arco calls on the plan's key, so the
// app and the `embed` function meter usage alike. A model missing here is metered at zero and says so in its
// tokens, which are always kept.
const perMillion: Record<string, { input: number; output: number }> = {
  "gpt-4o-mini": { input: 0.15, output: 0.6 },
  "gpt-4.1-mini": { input: 0.4, output: 1.6 },
  "text-embedding-3-small": { input: 0.02, output: 0 },
};

/** What one call cost at list price, rounded to the micro-dollar the usage table keeps. */
export function openaiCostUsd(model: string, inputTokens: number, outputTokens: number): number {
  const price = perMillion[model];
  if (!price) return 0;
  return Math.round(((inputTokens * price.input + outputTokens * price.output) / 1_000_000) * 1e6) / 1e6;
}
