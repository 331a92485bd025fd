import { ptBR } from "../../src/i18n/pt-BR";
import { signInAs } from "./support/auth-steps";
import { expectNoSeriousAxeViolations } from "./support/axe";
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
});
