import { currentTotpCode } from "../../supabase/local/auth/mfa/totp.ts";
import { ptBR as t } from "../../src/i18n/pt-BR";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { signInAs, signInWithPassword, signOut } from "./support/auth-steps";
import { demoPassword, demoStaffEmail } from "./support/e2e-env";
import { passSecondStep } from "./support/totp";
import { expect, test } from "./support/test";

test("staff pass the second step with their authenticator code before the agency area", async ({ page, shot }) => {
  await page.goto("/admin");
  await signInWithPassword(page, demoStaffEmail, demoPassword);
  await expect(page).toHaveURL(/\/mfa\?next=%2Fadmin$/);
  await expect(page.getByRole("heading", { level: 1, name: t.security.secondStep.title })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Signed in with the password alone, the agency area is still closed.
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/mfa\?next=%2Fadmin$/);
  await page.getByLabel(t.security.secondStep.codeLabel).fill("12345");
  await page.getByRole("button", { name: t.security.secondStep.submit }).click();
  await expect(page.getByText(t.validation.code_format)).toBeVisible();
  await shot("code-format");

  await passSecondStep(page, demoStaffEmail);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1, name: t.agency.overview.title })).toBeVisible();
  await signOut(page);
});

test("a client adds an authenticator under account security, signs in with it, and removes it", async ({
  page,
  shot,
}) => {
  const email = "lucas@arco.local";
  await signInAs(page, email);
  await page.getByRole("button", { name: t.shell.userMenu }).click();
  await page.getByRole("link", { name: t.security.menuLink }).click();
  await expect(page).toHaveURL(/\/account\/security$/);
  await expect(page.getByRole("heading", { level: 1, name: t.security.page.title })).toBeVisible();
  await expect(page.getByText(t.security.page.empty.title)).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByLabel(t.security.enroll.nameLabel).fill("Celular");
  await page.getByRole("button", { name: t.security.enroll.start }).click();
  await expect(page.getByRole("img", { name: t.security.enroll.qrAlt })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())?.trim() ?? "";
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expectNoSeriousAxeViolations(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await shot("enroll-qr-390");
  await page.setViewportSize({ width: 1366, height: 860 });
  await shot("enroll-qr-1366");

  await page.getByLabel(t.security.enroll.codeLabel).fill("000000");
  await page.getByRole("button", { name: t.security.enroll.confirm }).click();
  await expect(page.getByText(t.errors.code_invalid)).toBeVisible();
  await page.getByLabel(t.security.enroll.codeLabel).fill(currentTotpCode(secret));
  await page.getByRole("button", { name: t.security.enroll.confirm }).click();
  await expect(page.getByText(t.security.enroll.done)).toBeVisible();
  await expect(page.getByText("Celular")).toBeVisible();
  await expect(page.getByText(t.security.page.verified)).toBeVisible();

  await signOut(page);
  await page.goto("/app");
  await signInWithPassword(page, email, demoPassword);
  await passSecondStep(page, email);
  await expect(page).toHaveURL(/\/app\/moda-viva$/);

  await page.goto("/account/security");
  await page.getByRole("button", { name: `${t.security.page.remove}: Celular` }).click();
  const dialog = page.getByRole("alertdialog", { name: t.security.page.removeTitle });
  await dialog.getByRole("button", { name: t.security.page.remove }).click();
  await expect(page.getByText(t.security.page.empty.title)).toBeVisible();
  await shot("removed");
});
