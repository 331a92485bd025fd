import type { ConcurrencySlots } from "./concurrency-slots";

/**
 * One execution's hold on its function's concurrency slot. As on Inngest, only executing counts: while every
 * step of the execution sleeps the slot is given back, and it is taken again (waiting in line if need be)
 * before the execution goes on. Transitions run one at a time, so overlapping sleeps, an execution abandoned
 * mid-sleep or closed while waiting for a slot never take a slot twice or keep one.
 */
export class ExecutionLease {
  readonly #slots: ConcurrencySlots;
  #held = false;
  #closed = false;
  #sleeping = 0;
  #transition: Promise<void> = Promise.resolve();

  constructor(slots: ConcurrencySlots) {
    this.#slots = slots;
  }

  /** Resolves once the execution holds a slot. */
  start(): Promise<void> {
    return this.#settle();
  }

  /** Runs `wait` without holding the slot, and resolves once the slot is held again. */
  async sleep<T>(wait: () => Promise<T>): Promise<T> {
    this.#sleeping += 1;
    void this.#settle();
    try {
      return await wait();
    } finally {
      this.#sleeping -= 1;
      await this.#settle();
    }
  }

  /** The execution ended: the slot is given back, now or as soon as a pending take completes. */
  close(): void {
    this.#closed = true;
    void this.#settle();
  }

  #settle(): Promise<void> {
    this.#transition = this.#transition.then(async () => {
      for (;;) {
        const wanted = !this.#closed && this.#sleeping === 0;
        if (wanted === this.#held) return;
        if (wanted) {
          await this.#slots.acquire();
          this.#held = true;
        } else {
          this.#held = false;
          this.#slots.release();
        }
      }
    });
    return this.#transition;
  }
}
