import "server-only";
import { env } from "@/src/env";

export type CaptchaProvider = "turnstile" | "hcaptcha";

export interface CaptchaConfig {
  provider: CaptchaProvider;
  /** Public: the browser's widget is rendered with it. */
  siteKey: string;
  /** Private: the server checks tokens with it. */
  secretKey: string;
  /** The provider's siteverify endpoint unless overridden. */
  verifyUrl?: string;
}

/**
 * The CAPTCHA, on when CAPTCHA_PROVIDER is set. Then both keys are required: without the site key no browser
 * could ever obtain a token, and without the secret tokens would be collected but never checked, and either
 * half would fail only later, on every visitor's submission. So a partial setting fails loudly with its names.
 */
export function captchaConfig(): CaptchaConfig | null {
  const { CAPTCHA_PROVIDER, CAPTCHA_SITE_KEY, CAPTCHA_SECRET_KEY, CAPTCHA_VERIFY_URL } = env();
  if (!CAPTCHA_PROVIDER) return null;
  if (!CAPTCHA_SITE_KEY || !CAPTCHA_SECRET_KEY) {
    const missing = [!CAPTCHA_SITE_KEY && "CAPTCHA_SITE_KEY", !CAPTCHA_SECRET_KEY && "CAPTCHA_SECRET_KEY"];
    throw new Error(`Invalid environment: ${missing.filter(Boolean).join(" and ")} required with CAPTCHA_PROVIDER`);
  }
  return {
    provider: CAPTCHA_PROVIDER,
    siteKey: CAPTCHA_SITE_KEY,
    secretKey: CAPTCHA_SECRET_KEY,
    verifyUrl: CAPTCHA_VERIFY_URL,
  };
}
