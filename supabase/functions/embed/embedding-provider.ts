import OpenAI from "npm:openai@7.60.0";

/** The width of `embeddings.embedding`: text-embedding-3-small's native size. */
export const DIMENSIONS = 1536;
export const OPENAI_MODEL = "text-embedding-3-small";
export const OFFLINE_MODEL = "offline-hash-1536";

export interface EmbeddingProvider {
  name: "openai" | "offline";
  model: string;
  /** Said wherever embeddings are made without OpenAI, so nobody mistakes them for semantic ones. */
  notice: string | null;
  /** Whether its calls count against the plan (the plan's key; not an organization's own, nor offline). */
  metered: boolean;
  /** The texts' vectors, in order, and the input tokens the call used. */
  embed(texts: string[]): Promise<{ vectors: number[][]; tokens: number }>;
}

/** OpenAI when a key is configured (base URL configurable, for a local fake or a proxy), else offline. */
export function providerFromEnv(env: (name: string) => string | undefined): EmbeddingProvider {
  const client = planClientFromEnv(env);
  return client ? openAiProvider(client, { metered: true }) : offlineProvider();
}

/** The SDK client for `apiKey` at OPENAI_BASE_URL (the plan's key or an organization's own). */
export function openAiClient(env: (name: string) => string | undefined, apiKey: string): OpenAI {
  return new OpenAI({ apiKey, baseURL: env("OPENAI_BASE_URL") || undefined, maxRetries: 2 });
}

/** The client on the plan's key, or null without OPENAI_API_KEY. */
export function planClientFromEnv(env: (name: string) => string | undefined): OpenAI | null {
  const apiKey = env("OPENAI_API_KEY");
  return apiKey ? openAiClient(env, apiKey) : null;
}

/** OpenAI through `client` (the plan's key is `metered`). */
export function openAiProvider(client: OpenAI, { metered }: { metered: boolean }): EmbeddingProvider {
  return {
    name: "openai",
    model: OPENAI_MODEL,
    notice: null,
    metered,
    async embed(texts) {
      const response = await client.embeddings.create({ model: OPENAI_MODEL, input: texts, dimensions: DIMENSIONS });
      return {
        vectors: [...response.data].sort((a, b) => a.index - b.index).map((item) => item.embedding),
        tokens: response.usage?.prompt_tokens ?? 0,
      };
    },
  };
}

/**
 * Deterministic embeddings without any service: each word and each pair of adjacent words is hashed (FNV-1a) into
 * one of 1536 signed buckets, and the vector is normalized. Texts that share words are near each other, so
 * search works in development and tests — lexically, not semantically, which the notice says.
 */
export function offlineProvider(): EmbeddingProvider {
  return {
    name: "offline",
    model: OFFLINE_MODEL,
    notice: "OPENAI_API_KEY is not set: embeddings are deterministic offline ones (word overlap, not meaning).",
    metered: false,
    embed: (texts) => Promise.resolve({ vectors: texts.map(offlineEmbedding), tokens: 0 }),
  };
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function offlineEmbedding(text: string): number[] {
  const vector = new Array<number>(DIMENSIONS).fill(0);
  const words = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1);
  const features = [...words, ...words.slice(1).map((word, i) => `${words[i]} ${word}`)];
  for (const feature of features) {
    const hash = fnv1a(feature);
    vector[hash % DIMENSIONS]! += hash & 0x80000000 ? -1 : 1;
  }
  const norm = Math.hypot(...vector);
  // An empty text still needs a valid vector: a fixed unit vector, far from any real text.
  if (norm === 0) return vector.map((_, i) => (i === 0 ? 1 : 0));
  return vector.map((value) => value / norm);
}
