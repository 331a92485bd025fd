import pRetry, { AbortError } from "p-retry";

/** A failure from a third-party API, with whether asking again later can help (429, 5xx, a dropped connection). */
export class SyncSourceError extends Error {
  readonly retryable: boolean;
  /** How long the service asked us to wait (Retry-After), when it said. */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: { retryable: boolean; retryAfterMs?: number; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = "SyncSourceError";
    this.retryable = options.retryable;
    this.retryAfterMs = options.retryAfterMs;
  }
}

export interface RetryBudget {
  /** Time the retries of one call may take in all; past it the last error is thrown. */
  budgetMs: number;
  /** The first backoff (doubling from there, with jitter). */
  minDelayMs?: number;
}

/**
 * Runs `call`, retrying a retryable SyncSourceError with exponential backoff until it succeeds or the budget
 * is spent. A Retry-After longer than the backoff is honoured when it still fits the budget; one that does
 * not fit ends the retries at once (waiting would only spend the run's time to fail anyway).
 */
export async function retryWithinBudget<T>(call: () => Promise<T>, budget: RetryBudget): Promise<T> {
  const started = performance.now();
  return pRetry(
    async () => {
      try {
        return await call();
      } catch (error) {
        if (error instanceof SyncSourceError && !error.retryable) throw new AbortError(error);
        throw error;
      }
    },
    {
      retries: 20,
      minTimeout: budget.minDelayMs ?? 500,
      factor: 2,
      randomize: true,
      maxRetryTime: budget.budgetMs,
      onFailedAttempt: async ({ error }) => {
        const wait = error instanceof SyncSourceError ? error.retryAfterMs : undefined;
        if (wait === undefined) return;
        const left = budget.budgetMs - (performance.now() - started);
        if (wait > left) throw error;
        await new Promise((resolve) => setTimeout(resolve, wait));
      },
    },
  );
}

/** Retry-After in milliseconds, from seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The usual reading of an HTTP status: rate limits and server errors pass, the rest is our request's fault. */
export function isRetryableStatus(status: number | undefined): boolean {
  return status === undefined || status === 408 || status === 429 || status >= 500;
}
