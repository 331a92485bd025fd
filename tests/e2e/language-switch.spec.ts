import { en } from "../../src/i18n/en";
import { ptBR } from "../../src/i18n/pt-BR";
import { expect, test } from "./support/test";

test("switches the interface to English and back, remembering the choice", async ({ page, shot }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
  await expect(page.getByRole("heading", { level: 1, name: ptBR.marketing.hero.title })).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: en.marketing.hero.title })).toBeVisible();
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await shot("landing-in-english");

  // The choice is a cookie, so it outlives the page and beats the browser's Accept-Language (pt-BR here).
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: en.auth.signIn.title })).toBeVisible();

  await page.getByRole("button", { name: "Português" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "pt-BR");
  await expect(page.getByRole("heading", { level: 1, name: ptBR.auth.signIn.title })).toBeVisible();
});
