import { expect, type Page } from "@playwright/test";
import { formatMessage } from "../../../src/i18n/format-message";
import { ptBR as t } from "../../../src/i18n/pt-BR";
import { demoPassword } from "./e2e-env";
import { passSecondStep } from "./totp";

/** Signs in on /sign-in with the password method (the browser's locale is pt-BR). */
export async function signInWithPassword(page: Page, email: string, password: string) {
  await page.getByRole("tab", { name: t.auth.signIn.tabs.password }).click();
  const panel = page.getByRole("tabpanel", { name: t.auth.signIn.tabs.password });
  await panel.getByLabel(t.common.email).fill(email);
  await panel.getByLabel(t.common.password).fill(password);
  await panel.getByRole("button", { name: t.auth.signIn.passwordSubmit }).click();
}

/** Signs out through the account menu in the top bar and checks the landing page is back. */
export async function signOut(page: Page) {
  await page.getByRole("button", { name: t.shell.userMenu }).click();
  await page.getByRole("button", { name: t.common.signOut }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: t.common.signIn })).toBeVisible();
}

/**
 * Checks that the client dashboard is open for `email`: someone in no organization yet is welcomed at /app to
 * create theirs, a member is taken to their organization's overview.
 */
export async function expectDashboardFor(page: Page, email: string, organization?: string) {
  if (organization) {
    await expect(page).toHaveURL(new RegExp(`/app/${organization}$`));
    await expect(page.getByRole("heading", { level: 1, name: t.overview.title })).toBeVisible();
    await page.getByRole("button", { name: t.shell.userMenu }).click();
    await expect(page.getByText(email)).toBeVisible();
    await page.keyboard.press("Escape");
  } else {
    await expect(page).toHaveURL(/\/app$/);
    await expect(page.getByText(formatMessage(t.app.welcome.signedInAs, { email }))).toBeVisible();
  }
}

/**
 * Signs a seeded demo account in with the demo password, passes the second step (the authenticator code) when
 * the account has one — the demo staff do — and waits for its dashboard: a client's organization, or the
 * agency area for staff.
 */
export async function signInAs(page: Page, email: string) {
  await page.goto("/sign-in");
  await signInWithPassword(page, email, demoPassword);
  // Clients land on their organization, staff without one on the agency area; a second factor asks first.
  await expect(page).toHaveURL(/\/(app\/[a-z0-9-]+|admin|mfa\?.*)$/);
  if (new URL(page.url()).pathname === "/mfa") await passSecondStep(page, email);
  await expect(page).toHaveURL(/\/(app\/[a-z0-9-]+|admin)$/);
}
