import "server-only";
import { ConcurrencySlots } from "@/src/jobs/concurrency-slots";
import { analyzerConcurrency } from "../analyzer-concurrency";

let slots: ConcurrencySlots | undefined;

/**
 * The one queue of Lighthouse runs in this process, shared by every job that runs one (the analyzer's
 * analyses, the scheduled and requested performance checks): one Chromium per core at most, whichever job
 * asks. Inngest applies the same limit across processes through the functions' shared concurrency key.
 */
export async function withLighthouseSlot<T>(run: () => Promise<T>): Promise<T> {
  slots ??= new ConcurrencySlots(analyzerConcurrency());
  await slots.acquire();
  try {
    return await run();
  } finally {
    slots.release();
  }
}

/** The key both functions' concurrency settings share on Inngest (`scope: "env"`), so they queue together. */
export const LIGHTHOUSE_CONCURRENCY_KEY = '"lighthouse"';
