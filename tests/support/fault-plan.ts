import type { FakeReply } from "./fake-http-server";

export interface FaultPlan {
  /**
   * Answers API requests with `reply` instead: after `after` more requests have been served normally (0), for
   * `times` requests (1; Infinity for an outage that does not end).
   */
  fail(reply: FakeReply, options?: { after?: number; times?: number }): void;
  /** Forgets every planned fault. */
  clear(): void;
  /** The fault for this request, if one is due (each call is one API request). */
  take(): FakeReply | undefined;
}

/** The faults a fake API injects (429s, outages), shared by the ad and traffic fakes. */
export function faultPlan(): FaultPlan {
  let planned: { reply: FakeReply; after: number; times: number }[] = [];
  return {
    fail(reply, options = {}) {
      planned.push({ reply, after: options.after ?? 0, times: options.times ?? 1 });
    },
    clear() {
      planned = [];
    },
    take() {
      const fault = planned[0];
      if (!fault) return undefined;
      if (fault.after > 0) {
        fault.after -= 1;
        return undefined;
      }
      fault.times -= 1;
      if (fault.times <= 0) planned.shift();
      return fault.reply;
    },
  };
}
