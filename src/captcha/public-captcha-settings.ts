import "server-only";
import type { PublicCaptchaSettings } from "@/src/components/captcha/captcha-settings-provider";
import { captchaConfig } from "./captcha-config";

/** What the browser needs to render the CAPTCHA widget: the provider and the site key, never the secret. */
export function publicCaptchaSettings(): PublicCaptchaSettings | null {
  const config = captchaConfig();
  return config && { provider: config.provider, siteKey: config.siteKey };
}
