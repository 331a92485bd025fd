import { createElement as h, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { AnalyzeForm } from "@/src/components/analyzer/analyze-form";
import { EmailGateForm } from "@/src/components/analyzer/email-gate-form";
import {
  CaptchaSettingsProvider,
  type PublicCaptchaSettings,
} from "@/src/components/captcha/captcha-settings-provider";
import { dictionaryFor } from "@/src/i18n/dictionary";
import { I18nProvider } from "@/src/i18n/i18n-provider";

vi.mock("next/navigation", () => ({ useRouter: () => ({ push: () => {} }) }));

/**
 * Both funnel forms make Arco send an email, and the API refuses them without a CAPTCHA token when one is
 * configured: so each form must carry the widget and its `captchaToken` field then, and nothing without one.
 */
function render(form: ReactNode, settings: PublicCaptchaSettings | null): string {
  return renderToStaticMarkup(
    h(
      I18nProvider,
      { locale: "en", dictionary: dictionaryFor("en") },
      h(CaptchaSettingsProvider, { settings, children: form }),
    ),
  );
}

const turnstile: PublicCaptchaSettings = { provider: "turnstile", siteKey: "site-key" };
const forms = [
  { name: "the analyzer's form", form: () => h(AnalyzeForm) },
  { name: "the report's email gate", form: () => h(EmailGateForm, { analysisId: "a1", onUnlocked: async () => {} }) },
];

describe.each(forms)("$name", ({ form }) => {
  it("sends a CAPTCHA token from inside the form when a CAPTCHA is configured", () => {
    const html = render(form(), turnstile);
    const inForm = /<form[^>]*>(.*)<\/form>/s.exec(html)?.[1] ?? "";
    expect(inForm).toContain('<input type="hidden" name="captchaToken" value=""/>');
    expect(inForm).toContain('role="group" aria-label="Anti-robot check"');
  });

  it("has no CAPTCHA without one", () => {
    const html = render(form(), null);
    expect(html).not.toContain("captchaToken");
    expect(html).not.toContain("Anti-robot check");
  });
});
