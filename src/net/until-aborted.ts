/**
 * Waits for `promise` but gives up with the signal's reason once it aborts. For work that cannot be
 * cancelled itself, like a DNS lookup: the caller moves on, the lookup finishes unobserved.
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
