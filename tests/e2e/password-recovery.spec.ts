import { ptBR as t } from "../../src/i18n/pt-BR";
import { expectDashboardFor, signInWithPassword, signOut } from "./support/auth-steps";
import { uniqueEmail } from "./support/e2e-env";
import { latestEmailTo, verifyLinkIn } from "./support/mailbox";
import { expect, test } from "./support/test";

test("signs up with a password, confirms the email, then recovers the password", async ({ page, shot }) => {
  const email = uniqueEmail("recovery");

  await page.goto("/sign-up");
  const signUp = page.getByRole("tabpanel", { name: t.auth.signUp.tabs.password });
  await signUp.getByLabel(t.auth.signUp.fullName).fill("Ada Lovelace");
  await signUp.getByLabel(t.common.email).fill(email);
  await signUp.getByLabel(t.common.password).fill("first-password-1");
  await signUp.getByRole("button", { name: t.auth.signUp.passwordSubmit }).click();
  await expect(signUp.getByText(t.auth.sent.title)).toBeVisible();
  await shot("confirm-your-email");

  await page.goto(verifyLinkIn(await latestEmailTo(email)));
  await expectDashboardFor(page, email);
  await signOut(page);

  await page.goto("/sign-in");
  await page.getByRole("tab", { name: t.auth.signIn.tabs.password }).click();
  await page.getByRole("link", { name: t.auth.signIn.forgotPassword }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel(t.common.email).fill(email);
  await page.getByRole("button", { name: t.auth.forgot.submit }).click();
  await expect(page.getByText(t.auth.sent.title)).toBeVisible();

  const recovery = await latestEmailTo(email);
  await page.goto(verifyLinkIn(recovery));
  await expect(page).toHaveURL(/\/reset-password$/);
  await page.getByLabel(t.auth.reset.newPassword, { exact: true }).fill("second-password-2");
  await page.getByLabel(t.auth.reset.confirmPassword).fill("second-password-2");
  await page.getByRole("button", { name: t.auth.reset.submit }).click();
  await expect(page.getByText(t.auth.reset.done)).toBeVisible();
  await shot("password-updated");

  await page.getByRole("link", { name: t.auth.reset.toDashboard }).click();
  await signOut(page);
  await page.goto("/sign-in");
  await signInWithPassword(page, email, "second-password-2");
  await expectDashboardFor(page, email);
});
