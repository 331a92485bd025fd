import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { NurtureEmail } from "@/src/email/templates/nurture-email";
import { renderEmail } from "@/src/email/templates/render-email";
import { WelcomeEmail } from "@/src/email/templates/welcome-email";
import { locales } from "@/src/i18n/locales";
import { nurtureDays } from "@/src/leads/nurture-schedule";
import { doneResult } from "./lead-fixtures";

const links = {
  reportUrl: "https://arco.test/r/analysis-1",
  analyzeUrl: "https://arco.test/analyze",
  signUpUrl: "https://arco.test/sign-up?email=ana%40loja.test&analysis=analysis-1",
  unsubscribeUrl: "https://arco.test/unsubscribe?token=tok",
};

function nurture(locale: (typeof locales)[number], day: (typeof nurtureDays)[number], withReport = true) {
  return renderEmail(
    createElement(NurtureEmail, {
      locale,
      day,
      site: withReport ? "www.loja.test" : null,
      reportUrl: withReport ? links.reportUrl : null,
      analyzeUrl: links.analyzeUrl,
      signUpUrl: links.signUpUrl,
      unsubscribeUrl: links.unsubscribeUrl,
      report: withReport ? doneResult : null,
    }),
  );
}

describe("lead email templates", () => {
  it.each(locales)("write four different nurture emails in %s, each with a way out", async (locale) => {
    const texts = await Promise.all(nurtureDays.map((day) => nurture(locale, day)));
    expect(new Set(texts.map((t) => t.text)).size).toBe(4);
    for (const { html, text } of texts) {
      expect(html).toContain(`lang="${locale}"`);
      expect(html).toContain(`href="${links.unsubscribeUrl}"`);
      expect(text).toContain(links.unsubscribeUrl);
      // Every placeholder was filled.
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it("explains Core Web Vitals on day 3 with the lead's own measurements", async () => {
    const { text } = await nurture("en", 3);
    expect(text).toContain("LCP (Largest Contentful Paint)");
    expect(text).toContain("In your report, www.loja.test had an LCP of 3.4 s and a CLS of 0.12.");
    expect((await nurture("pt-BR", 3)).text).toContain("teve LCP de 3,4 s e CLS de 0,12");
  });

  it("lists the three largest quick wins of the lead's report on day 7", async () => {
    const { text } = await nurture("en", 7);
    expect(text).toContain("Eliminate render-blocking resources — estimated saving of 1.2 s");
    expect(text).toContain("Serve images in modern formats — estimated saving of 350 KB");
    expect(text).toContain("Reduce unused JavaScript — estimated saving of 400 ms");
    expect(text).not.toContain("Minify CSS");
    expect((await nurture("pt-BR", 7)).text).toContain("Elimine recursos que bloqueiam a renderização");
  });

  it("makes the case for monitoring on day 14 and the last call on day 30, both leading to sign-up", async () => {
    for (const day of [14, 30] as const) {
      const { html } = await nurture("pt-BR", day);
      expect(html).toContain(`href="${links.signUpUrl.replace("&", "&amp;")}"`);
    }
    expect((await nurture("pt-BR", 14)).html).toContain("Sites ficam mais lentos sem ninguém perceber</h1>");
    expect((await nurture("en", 30)).text).toContain("This is the last email of this series.");
  });

  it("falls back to the analyzer and a generic site name for a lead without a report", async () => {
    const { html, text } = await nurture("en", 7, false);
    expect(html).toContain(`href="${links.analyzeUrl}"`);
    expect(html).not.toContain(links.reportUrl);
    expect(html).toContain("Where to start on your site</h1>");
    expect(text).toContain("Analyze your site to see its own.");
    expect(text).not.toContain("Your report showed");
  });

  it("renders the welcome email with scores, or the state of the analysis instead", async () => {
    const common = { site: "www.loja.test", ...links };
    const done = await renderEmail(
      createElement(WelcomeEmail, { ...common, locale: "en", analysisStatus: "done", scores: doneResult.scores }),
    );
    expect(done.text).toMatch(/Performance\s+62 · needs improvement/);
    expect(done.text).toMatch(/Best practices\s+100 · good/);
    expect(done.text).toContain(links.reportUrl);
    expect(done.text).toContain(links.signUpUrl);
    const failed = await renderEmail(
      createElement(WelcomeEmail, { ...common, locale: "pt-BR", analysisStatus: "failed", scores: null }),
    );
    expect(failed.text).toContain("Não conseguimos concluir a análise.");
    expect(failed.text).not.toContain("Notas do Lighthouse");
  });
});
