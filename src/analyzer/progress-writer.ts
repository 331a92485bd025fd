import "server-only";

export interface ProgressWriter<T> {
  /** Takes the latest value; it is written soon, unless a later one replaces it first. */
  report(value: T): void;
  /** Writes what is still waiting and resolves when every write has ended. */
  flush(): Promise<void>;
}

/**
 * Lighthouse reports progress hundreds of times a run; the progress view polls about once a second. This
 * writes one value at a time, at most once per `intervalMs`, the latest value winning, so the database sees a
 * handful of updates and never two at once. A failed write is dropped: progress is only a view of the run,
 * and the run's own writes (its result or its failure) report database trouble.
 */
export function progressWriter<T>(write: (value: T) => Promise<void>, intervalMs = 400): ProgressWriter<T> {
  let waiting: { value: T } | null = null;
  let timer: NodeJS.Timeout | undefined;
  let lastWriteAt = 0;
  let writes = Promise.resolve();

  const writeWaiting = () => {
    timer = undefined;
    if (!waiting) return;
    const { value } = waiting;
    waiting = null;
    lastWriteAt = Date.now();
    writes = writes.then(() => write(value)).catch(() => undefined);
  };

  return {
    report(value) {
      waiting = { value };
      timer ??= setTimeout(writeWaiting, Math.max(0, lastWriteAt + intervalMs - Date.now()));
    },
    async flush() {
      clearTimeout(timer);
      writeWaiting();
      await writes;
    },
  };
}
