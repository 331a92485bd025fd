import "server-only";
import { z } from "zod";
import { captchaConfig, type CaptchaConfig, type CaptchaProvider } from "@/src/captcha/captcha-config";
import { AnalyzerError } from "./analyzer-error";

export type { CaptchaProvider };

/** What checking a token takes (the site key is the browser's business). */
export type CaptchaSettings = Pick<CaptchaConfig, "provider" | "secretKey" | "verifyUrl">;

const siteverifyUrls: Record<CaptchaProvider, string> = {
  turnstile: "https://challenges.cloudflare.com/turnstile/v0/siteverify",
  hcaptcha: "https://api.hcaptcha.com/siteverify",
};

/** Both providers answer `{ success, "error-codes"?, … }`; nothing else is needed here. */
const siteverifyAnswer = z.object({ success: z.boolean() });

const TIMEOUT_MS = 5_000;

/**
 * Checks a CAPTCHA token with the provider when one is configured (see captcha-config.ts), and does nothing
 * otherwise. Turnstile and hCaptcha document the same siteverify call: a form POST of
 * `secret`, `response` and the visitor's `remoteip`. It fails closed: a missing token, a refusal, an
 * unreachable provider or an unreadable answer are all `captcha_failed`.
 */
export async function verifyCaptcha(
  token: string | undefined,
  remoteIp: string | null,
  settings: CaptchaSettings | null = captchaConfig(),
): Promise<void> {
  if (!settings) return;
  if (!token) throw new AnalyzerError("captcha_failed", "captchaMissing");
  const form = new URLSearchParams({ secret: settings.secretKey, response: token });
  if (remoteIp) form.set("remoteip", remoteIp);
  let success = false;
  try {
    const response = await fetch(settings.verifyUrl ?? siteverifyUrls[settings.provider], {
      method: "POST",
      body: form,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const answer = siteverifyAnswer.safeParse(await response.json());
    success = response.ok && answer.success && answer.data.success;
  } catch (error) {
    console.error("[analyzer] CAPTCHA verification could not be completed:", error);
  }
  if (!success) throw new AnalyzerError("captcha_failed", "captchaRejected");
}
