import { ptBR as t } from "../../src/i18n/pt-BR";
import { expectDashboardFor, signOut } from "./support/auth-steps";
import { expect, test } from "./support/test";

test("SSO explains when a company's domain has no single sign-on", async ({ page, shot }) => {
  await page.goto("/sign-in");
  await page.getByText(t.auth.signIn.sso).click();
  await page.getByLabel(t.auth.signIn.ssoEmail).fill("ana@no-sso.example");
  await page.getByRole("button", { name: t.auth.signIn.ssoSubmit, exact: true }).click();
  await expect(page.getByText(t.errors.sso_not_configured)).toBeVisible();
  await expect(page.getByLabel(t.auth.signIn.ssoEmail)).toHaveValue("ana@no-sso.example");
  await shot("sso-not-configured");
});

test("signs in with the company's SSO, found by the email domain", async ({ page }) => {
  const email = `ana.${Date.now().toString(36)}@grupo-aurora.test`;
  await page.goto("/sign-in");
  await page.getByText(t.auth.signIn.sso).click();
  await page.getByLabel(t.auth.signIn.ssoEmail).fill(email);
  await page.getByRole("button", { name: t.auth.signIn.ssoSubmit, exact: true }).click();

  // The seeded SAML provider of grupo-aurora.test is played by the local development sign-in page.
  await expect(page).toHaveTitle("Development sign-in");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Continue" }).click();

  await expectDashboardFor(page, email);
  await signOut(page);
});
