import "server-only";
import { z } from "zod";
import { env } from "@/src/env";
import { AnalyzerError } from "./analyzer-error";

export type CaptchaProvider = "turnstile" | "hcaptcha";

export interface CaptchaSettings {
  provider: CaptchaProvider;
  secretKey: string;
  /** The provider's siteverify endpoint unless overridden. */
  verifyUrl?: string;
}

const siteverifyUrls: Record<CaptchaProvider, string> = {
  turnstile: "https://challenges.cloudflare.com/turnstile/v0/siteverify",
  hcaptcha: "https://api.hcaptcha.com/siteverify",
};

/** Both providers answer `{ success, "error-codes"?, … }`; nothing else is needed here. */
const siteverifyAnswer = z.object({ success: z.boolean() });

const TIMEOUT_MS = 5_000;

function configuredCaptcha(): CaptchaSettings | null {
  const { CAPTCHA_PROVIDER, CAPTCHA_SECRET_KEY, CAPTCHA_VERIFY_URL } = env();
  if (!CAPTCHA_PROVIDER || !CAPTCHA_SECRET_KEY) return null;
  return { provider: CAPTCHA_PROVIDER, secretKey: CAPTCHA_SECRET_KEY, verifyUrl: CAPTCHA_VERIFY_URL };
}

/**
 * Checks a CAPTCHA token with the provider when one is configured (CAPTCHA_PROVIDER and CAPTCHA_SECRET_KEY),
 * and does nothing otherwise. Turnstile and hCaptcha document the same siteverify call: a form POST of
 * `secret`, `response` and the visitor's `remoteip`. It fails closed: a missing token, a refusal, an
 * unreachable provider or an unreadable answer are all `captcha_failed`.
 */
export async function verifyCaptcha(
  token: string | undefined,
  remoteIp: string | null,
  settings: CaptchaSettings | null = configuredCaptcha(),
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
