import type { Page } from "@playwright/test";
import { ptBR } from "../../src/i18n/pt-BR";
import { signInAs, signOut } from "./support/auth-steps";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { database } from "./support/database";
import { demoStaffEmail } from "./support/e2e-env";
import { expect, test } from "./support/test";

/**
 * Ad accounts as data, in the browser: a staff admin connects the Basic clinic's Google Ads account on its admin
 * page (Meta is not offered: the plan lacks it) and sees it listed with the token's last four characters only;
 * the clinic's owner sees it on the campaigns page, read-only. Both pages pass axe and fit 1366 and 390 px.
 */
const t = ptBR.connections;
const slug = "clinica-sorriso-leve";
const TOKEN = "1//0gE2e-refresh-token-never-shown-K7Q2";

/** A card (a `section`) by its heading. */
function card(page: Page, title: string) {
  return page.locator("section", { has: page.getByRole("heading", { name: title, exact: true }) });
}

/** One h1, no serious axe violation, nothing wider than the screen; a screenshot for the record. */
async function check(page: Page, name: string) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expectNoSeriousAxeViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${page.url()} is wider than the screen`).toBeLessThanOrEqual(1);
  await page.screenshot({ path: `artifacts/screenshots/ad-connections/${name}.png`, fullPage: true });
}

test.afterAll(async () => {
  await database((sql) => sql`delete from public.ad_accounts where external_account_id = '5550001234'`);
});

test("staff connect a client's Google Ads account; its owner sees it on the campaigns page", async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await signInAs(page, demoStaffEmail);
  await page.goto(`/admin/clients/${slug}`);
  const accounts = card(page, t.admin.adAccountsTitle);
  await expect(accounts.getByText(t.admin.adAccountsEmpty)).toBeVisible();
  const platform = accounts.getByLabel(t.admin.platform);
  await expect(platform.locator("option")).toHaveText([t.platforms.google_ads]);
  await accounts.getByLabel(t.admin.accountId, { exact: true }).fill("555-000-1234");
  await accounts.getByLabel(t.admin.displayName, { exact: true }).fill("Clínica · Pesquisa");
  await accounts.getByLabel(t.admin.token, { exact: true }).fill(TOKEN);
  await accounts.getByRole("button", { name: t.admin.connect }).click();
  await expect(accounts.getByText(t.admin.connected)).toBeVisible();
  await expect(accounts.getByText("Clínica · Pesquisa")).toBeVisible();
  await expect(accounts.getByText("Token terminado em K7Q2")).toBeVisible();
  expect(await page.content()).not.toContain(TOKEN);
  await check(page, "admin-1366");
  await page.setViewportSize({ width: 390, height: 844 });
  await check(page, "admin-390");
  await signOut(page);

  await page.setViewportSize({ width: 1366, height: 900 });
  await signInAs(page, "camila@arco.local");
  await page.goto(`/app/${slug}/campaigns`);
  const connected = card(page, t.client.title);
  await expect(connected.getByText("Clínica · Pesquisa")).toBeVisible();
  await expect(connected.getByText(t.status.pending)).toBeVisible();
  await expect(connected.getByRole("button")).toHaveCount(0);
  await check(page, "campaigns-1366");
  await page.setViewportSize({ width: 390, height: 844 });
  await check(page, "campaigns-390");
});
