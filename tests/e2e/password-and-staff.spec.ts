import { ptBR as t } from "../../src/i18n/pt-BR";
import { expectDashboardFor, signInWithPassword, signOut } from "./support/auth-steps";
import { demoClientEmail, demoPassword, demoStaffEmail } from "./support/e2e-env";
import { passSecondStep } from "./support/totp";
import { expect, test } from "./support/test";

test("the dashboard asks anonymous visitors to sign in first", async ({ page }) => {
  await page.goto("/app");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fapp$/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin$/);
});

test("a wrong password is refused with a readable message", async ({ page, shot }) => {
  await page.goto("/sign-in");
  await signInWithPassword(page, demoClientEmail, "not-the-password");
  await expect(page.getByText(t.errors.invalid_credentials)).toBeVisible();
  // The email survives the failed attempt; the password does not.
  const panel = page.getByRole("tabpanel", { name: t.auth.signIn.tabs.password });
  await expect(panel.getByLabel(t.common.email)).toHaveValue(demoClientEmail);
  await expect(panel.getByLabel(t.common.password)).toHaveValue("");
  await shot("wrong-password");
});

test("a client signs in with a password and cannot see the agency area", async ({ page }) => {
  await page.goto("/app");
  await signInWithPassword(page, demoClientEmail, demoPassword);
  await expectDashboardFor(page, demoClientEmail, "moda-viva");

  const response = await page.goto("/admin");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: t.notFound.title })).toBeVisible();

  await page.goto("/app");
  await signOut(page);
});

test("a staff member signs in with a password and the authenticator code, and sees the agency area", async ({
  page,
}) => {
  await page.goto("/admin");
  await signInWithPassword(page, demoStaffEmail, demoPassword);
  await passSecondStep(page, demoStaffEmail);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1, name: t.agency.overview.title })).toBeVisible();
  const nav = page.getByRole("navigation", { name: t.shell.mainNavLabel });
  for (const section of [
    t.admin.nav.clients,
    t.admin.nav.tickets,
    t.admin.nav.leads,
    t.admin.nav.revenue,
    t.admin.nav.auditLog,
    t.admin.nav.jobs,
  ]) {
    await expect(nav.getByText(section, { exact: true })).toBeVisible();
  }
  await signOut(page);
});
