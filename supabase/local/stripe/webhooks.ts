import { createHmac } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { StripeObject } from "./store.ts";

export interface WebhookOptions {
  /** Where events go, like `stripe listen --forward-to`; null turns delivery off (the benchmark sends its own). */
  url: string | null;
  secret: string;
  /**
   * Waits before each retry after a non-2xx answer or a network error. Stripe retries for up to three days with
   * exponential back-off; the local default keeps the same shape in seconds so development sees it happen.
   */
  retryDelaysMs: number[];
  log: (line: string) => void;
}

/** Stripe's `Stripe-Signature` header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export function signatureHeader(body: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  const v1 = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${v1}`;
}

/**
 * Delivers each event on its own (Stripe neither orders nor serializes deliveries), retrying until the endpoint
 * answers 2xx or the retries run out. Each attempt is signed afresh, so its timestamp is within tolerance.
 */
export class WebhookSender {
  private readonly pending = new Set<Promise<void>>();
  private readonly stop = new AbortController();

  private readonly options: WebhookOptions;

  constructor(options: WebhookOptions) {
    this.options = options;
  }

  send(event: StripeObject, onDelivered: () => void): void {
    if (!this.options.url) return;
    const delivery = this.deliver(this.options.url, event, onDelivered).finally(() => this.pending.delete(delivery));
    this.pending.add(delivery);
  }

  private async deliver(url: string, event: StripeObject, onDelivered: () => void): Promise<void> {
    const body = JSON.stringify(event, null, 2);
    const delays = [0, ...this.options.retryDelaysMs];
    for (const [attempt, delay] of delays.entries()) {
      if (delay > 0) await sleep(delay, undefined, { signal: this.stop.signal }).catch(() => {});
      if (this.stop.signal.aborted) return;
      const status = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json; charset=utf-8",
          "stripe-signature": signatureHeader(body, this.options.secret),
          "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
        },
        body,
        signal: AbortSignal.any([this.stop.signal, AbortSignal.timeout(30_000)]),
      }).then(
        async (response) => {
          await response.body?.cancel();
          return response.status;
        },
        (error: Error) => error.message,
      );
      if (typeof status === "number" && status >= 200 && status < 300) return onDelivered();
      this.options.log(`stripe: ${event.type} ${event.id} attempt ${attempt + 1} failed (${status})`);
    }
  }

  /** Resolves once every delivery in flight has succeeded or given up. */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  async close(): Promise<void> {
    this.stop.abort();
    await Promise.allSettled([...this.pending]);
  }
}
