import { en } from "../../src/i18n/en";
import { localeCookieName } from "../../src/i18n/locales";
import { ptBR } from "../../src/i18n/pt-BR";
import { signInAs } from "./support/auth-steps";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { demoStaffEmail } from "./support/e2e-env";
import { expect, test } from "./support/test";

const copy = ptBR.search;

test.describe("semantic search", () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test("a member asks about an incident and lands on its source; another client's never shows", async ({
    page,
    shot,
  }) => {
    // The seeded rows are queued for embedding; the scheduler's embed job works the queue every minute.
    test.setTimeout(240_000);
    await signInAs(page, "gustavo@grupo-aurora.test");
    await page.goto("/app/grupo-aurora/search");
    await expect(page.getByText(copy.startTitle)).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    const hit = page.getByRole("link", { name: "Motor de reservas indisponível" });
    await expect(async () => {
      await page.goto(`/app/grupo-aurora/search?q=${encodeURIComponent("o motor de reservas ficou indisponível?")}`);
      await expect(hit).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 200_000, intervals: [5_000] });
    await expect(page.getByText(copy.offline)).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await shot("results");

    await page.goto(`/app/grupo-aurora/search?q=${encodeURIComponent("checkout lento banco de dados sobrecarregado")}`);
    await expect(page.getByRole("heading", { name: copy.results })).toBeVisible();
    await expect(page.getByRole("link", { name: /Checkout lento/ })).toHaveCount(0);

    await page.goto(`/app/grupo-aurora/search?q=${encodeURIComponent("o motor de reservas ficou indisponível?")}`);
    await hit.click();
    await expect(page).toHaveURL(/\/app\/grupo-aurora\/uptime$/);
  });

  test("a 5,000-character question is cut, not an error", async ({ page }) => {
    await signInAs(page, "gustavo@grupo-aurora.test");
    const response = await page.goto(`/app/grupo-aurora/search?q=${"reservas ".repeat(556)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: copy.results })).toBeVisible();
  });

  test("on a phone the search fits the screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs(page, "gustavo@grupo-aurora.test");
    await page.goto(`/app/grupo-aurora/search?q=${encodeURIComponent("reservas")}`);
    await expect(page.getByRole("heading", { name: copy.results })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });

  test("staff search across clients: each hit names its client and leads to its page; it fits a phone in English", async ({
    page,
    baseURL,
    shot,
  }) => {
    test.setTimeout(240_000);
    await signInAs(page, demoStaffEmail);
    await page.goto("/admin/search");
    await expect(page.getByRole("heading", { level: 1, name: copy.admin.title })).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    // Two clients' incidents, each found under its own client's name.
    const booking = page.getByRole("link", { name: "Motor de reservas indisponível" });
    const checkout = page.getByRole("link", { name: /Checkout lento/ });
    const checkoutQuestion = `/admin/search?q=${encodeURIComponent("checkout lento banco de dados sobrecarregado")}`;
    await expect(async () => {
      await page.goto(checkoutQuestion);
      await expect(checkout).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 200_000, intervals: [5_000] });
    await expect(page.getByRole("listitem").filter({ has: checkout })).toContainText("Moda Viva");
    await page.goto(`/admin/search?q=${encodeURIComponent("o motor de reservas ficou indisponível?")}`);
    await expect(page.getByRole("listitem").filter({ has: booking })).toContainText("Grupo Aurora");
    await expectNoSeriousAxeViolations(page);
    await shot("admin-results");

    await booking.click();
    await expect(page).toHaveURL(/\/admin\/clients\/grupo-aurora$/);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.context().addCookies([{ name: localeCookieName, value: "en", url: baseURL! }]);
    await page.goto(checkoutQuestion);
    await expect(page.getByRole("heading", { level: 1, name: en.search.admin.title })).toBeVisible();
    await expect(checkout).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await expectNoSeriousAxeViolations(page);
    await shot("admin-results-phone-en");
  });
});
