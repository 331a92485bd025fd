import type { ReactNode } from "react";
import { publicCaptchaSettings } from "@/src/captcha/public-captcha-settings";
import { CaptchaSettingsProvider } from "@/src/components/captcha/captcha-settings-provider";
import { PublicFrame } from "@/src/components/shell/public-frame";

/**
 * The analyzer and its shareable reports: public pages in the same frame as the landing page. Their forms
 * (the submission, the report's email gate) make Arco send email, so they carry the CAPTCHA when one is set.
 */
export default function FunnelLayout({ children }: { children: ReactNode }) {
  return (
    <PublicFrame>
      <CaptchaSettingsProvider settings={publicCaptchaSettings()}>{children}</CaptchaSettingsProvider>
    </PublicFrame>
  );
}
