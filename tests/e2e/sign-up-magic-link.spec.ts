import { ptBR as t } from "../../src/i18n/pt-BR";
import { expectDashboardFor, signOut } from "./support/auth-steps";
import { uniqueEmail } from "./support/e2e-env";
import { latestEmailTo, verifyLinkIn } from "./support/mailbox";
import { expect, test } from "./support/test";

test("signs up with a magic link from the mailbox, lands in the dashboard and signs out", async ({ page, shot }) => {
  const email = uniqueEmail("magic");
  await page.goto("/sign-up");
  await page.getByRole("tab", { name: t.auth.signUp.tabs.magicLink }).click();
  const panel = page.getByRole("tabpanel", { name: t.auth.signUp.tabs.magicLink });
  await panel.getByLabel(t.common.email).fill(email);
  await panel.getByRole("button", { name: t.auth.signUp.magicLinkSubmit }).click();

  await expect(panel.getByText(t.auth.sent.title)).toBeVisible();
  await expect(panel.getByText(email)).toBeVisible();
  await shot("check-your-email");

  const message = await latestEmailTo(email);
  await page.goto(verifyLinkIn(message));

  await expectDashboardFor(page, email);
  await expect(page.getByRole("heading", { level: 1, name: t.app.welcome.title })).toBeVisible();

  await signOut(page);
  const response = await page.goto("/app");
  expect(response?.ok()).toBe(true);
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fapp$/);
});
