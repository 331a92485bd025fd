import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { dictionaryFor } from "@/src/i18n/dictionary";
import type { Locale } from "@/src/i18n/locales";

const request = vi.hoisted(() => ({ locale: "pt-BR" as Locale }));
// The page reads the language from the request; here there is none, so the test chooses it.
vi.mock("@/src/i18n/get-translations", () => ({
  getTranslations: async () => ({ locale: request.locale, t: dictionaryFor(request.locale) }),
}));

async function renderPage(locale: Locale, token: string | string[] | undefined) {
  request.locale = locale;
  const [{ default: UnsubscribePage }, { I18nProvider }] = await Promise.all([
    import("@/app/unsubscribe/page"),
    import("@/src/i18n/i18n-provider"),
  ]);
  const page = await UnsubscribePage({ searchParams: Promise.resolve({ token }) });
  return renderToStaticMarkup(createElement(I18nProvider, { locale, dictionary: dictionaryFor(locale) }, page));
}

const TOKEN = "A".repeat(20) + "b_-".repeat(7) + "x".repeat(2);

describe("/unsubscribe", () => {
  it("asks for confirmation with a button that posts the token", async () => {
    const html = await renderPage("pt-BR", TOKEN);
    expect(html).toContain("<h1");
    expect(html).toContain("Parar de receber e-mails do Arco");
    expect(html).toContain(`name="token" value="${TOKEN}"`);
    expect(html).toMatch(/<button type="submit"[^>]*>Confirmar cancelamento<\/button>/);
    expect(html).toContain('aria-live="polite"');
  });

  it("speaks English to an English reader", async () => {
    const html = await renderPage("en", TOKEN);
    expect(html).toContain("Stop receiving emails from Arco");
    expect(html).toContain("Confirm unsubscribe");
  });

  it.each([
    ["no token", undefined],
    ["a malformed token", "short"],
    ["two tokens", [TOKEN, TOKEN]],
  ])("shows the invalid-link state for %s, with nothing to confirm", async (_, token) => {
    const html = await renderPage("pt-BR", token);
    expect(html).toContain("Link inválido");
    expect(html).not.toContain('name="token"');
    expect(html).not.toContain("Confirmar cancelamento");
    expect(html).toContain("Ir para a página inicial");
  });
});
