import { formatMessage } from "../../src/i18n/format-message";
import { ptBR as t } from "../../src/i18n/pt-BR";
import { expectDashboardFor, signOut } from "./support/auth-steps";
import { uniqueEmail } from "./support/e2e-env";
import { expect, test } from "./support/test";

test("signs in with Google through the development identity page", async ({ page }) => {
  const email = uniqueEmail("google");
  await page.goto("/sign-in?next=%2Fapp");
  await page.getByRole("button", { name: t.auth.signIn.google }).click();

  // The local auth stack stands in for Google with its own sign-in page.
  await expect(page).toHaveTitle("Development sign-in");
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Full name", { exact: true }).fill("Grace Hopper");
  await page.getByRole("button", { name: "Continue" }).click();

  await expectDashboardFor(page, email);
  // The name given to the identity provider becomes the profile's display name.
  await expect(
    page.getByRole("heading", { level: 1, name: formatMessage(t.app.welcome.titleWithName, { name: "Grace Hopper" }) }),
  ).toBeVisible();
  await signOut(page);
});
