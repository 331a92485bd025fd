import type { StackConfig } from "../config.ts";
import { tooManyRequests } from "./errors.ts";

/** A token bucket per key, like the tollbooth limiters GoTrue puts in front of its endpoints. */
export class TokenBucket {
  readonly #ratePerSecond: number;
  readonly #burst: number;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(ratePerSecond: number, burst: number) {
    this.#ratePerSecond = ratePerSecond;
    this.#burst = burst;
  }

  take(key: string, now = Date.now()): boolean {
    const bucket = this.#buckets.get(key) ?? { tokens: this.#burst, at: now };
    bucket.tokens = Math.min(this.#burst, bucket.tokens + ((now - bucket.at) / 1000) * this.#ratePerSecond);
    bucket.at = now;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.#buckets.set(key, bucket);
    return allowed;
  }
}

export interface RateLimits {
  token: TokenBucket;
  signup: TokenBucket;
  otp: TokenBucket;
  recover: TokenBucket;
  user: TokenBucket;
  verify: TokenBucket;
  sso: TokenBucket;
  /** Global, not per IP: every auth email counts against it. */
  emailSent: TokenBucket;
}

const FIVE_MINUTES = 300;

/**
 * The configured requests per 5 minutes per IP, and the hourly email quota. GoTrue's per-IP buckets have a
 * fixed burst of 30; here the burst is the configured limit itself, so the number in config.toml means what
 * the CLI documents ("requests per 5 minutes"). The CLI config has no SSO key: SSO shares the sign-in limit.
 */
export function createRateLimits(limits: StackConfig["auth"]["rate_limit"]): RateLimits {
  const per5m = (limit: number) => new TokenBucket(limit / FIVE_MINUTES, limit);
  return {
    token: per5m(limits.token_refresh),
    signup: per5m(limits.sign_in_sign_ups),
    otp: per5m(limits.sign_in_sign_ups),
    recover: per5m(limits.sign_in_sign_ups),
    user: per5m(limits.sign_in_sign_ups),
    verify: per5m(limits.token_verifications),
    sso: per5m(limits.sign_in_sign_ups),
    emailSent: new TokenBucket(limits.email_sent / 3600, limits.email_sent),
  };
}

export function enforceIpLimit(bucket: TokenBucket, ip: string): void {
  if (!bucket.take(ip)) throw tooManyRequests("over_request_rate_limit", "Request rate limit reached");
}

export function enforceEmailQuota(limits: RateLimits): void {
  if (!limits.emailSent.take("email")) {
    throw tooManyRequests("over_email_send_rate_limit", "Email rate limit exceeded");
  }
}

/** The per-user resend window (`auth.email.max_frequency`) for one kind of email. */
export function enforceResendWindow(sentAt: Date | null, maxFrequencySeconds: number, now = new Date()): void {
  if (!sentAt) return;
  const remainingMs = sentAt.getTime() + maxFrequencySeconds * 1000 - now.getTime();
  if (remainingMs > 0) {
    throw tooManyRequests(
      "over_email_send_rate_limit",
      `For security purposes, you can only request this after ${Math.ceil(remainingMs / 1000)} seconds.`,
    );
  }
}
