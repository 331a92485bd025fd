import { ptBR as t } from "../../src/i18n/pt-BR";
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
