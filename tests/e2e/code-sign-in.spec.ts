import { ptBR as t } from "../../src/i18n/pt-BR";
import { expectDashboardFor } from "./support/auth-steps";
import { uniqueEmail } from "./support/e2e-env";
import { codeIn, latestEmailTo } from "./support/mailbox";
import { expect, test } from "./support/test";

test("signs in with the 6-digit code from the email", async ({ page, shot }) => {
  const email = uniqueEmail("code");
  await page.goto("/sign-in");
  await page.getByRole("tab", { name: t.auth.signIn.tabs.code }).click();
  const panel = page.getByRole("tabpanel", { name: t.auth.signIn.tabs.code });
  await panel.getByLabel(t.common.email).fill(email);
  await panel.getByRole("button", { name: t.auth.signIn.codeRequest }).click();

  const codeField = panel.getByLabel(t.auth.signIn.codeLabel);
  await expect(codeField).toBeFocused();
  await shot("enter-code");

  // A wrong code is refused with a readable message, and the form stays usable.
  await codeField.fill("000000");
  await panel.getByRole("button", { name: t.auth.signIn.codeSubmit }).click();
  await expect(panel.getByText(t.errors.code_invalid)).toBeVisible();
  await shot("wrong-code");

  const code = codeIn(await latestEmailTo(email));
  await panel.getByLabel(t.auth.signIn.codeLabel).fill(code);
  await panel.getByRole("button", { name: t.auth.signIn.codeSubmit }).click();

  await expectDashboardFor(page, email);
});
