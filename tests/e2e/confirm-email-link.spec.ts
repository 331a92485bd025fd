import type { Page } from "@playwright/test";
import { formatMessage } from "../../src/i18n/format-message";
import { ptBR as t } from "../../src/i18n/pt-BR";
import { expectDashboardFor } from "./support/auth-steps";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { uniqueEmail } from "./support/e2e-env";
import { latestEmailTo, verifyLinkIn } from "./support/mailbox";
import { expect, test } from "./support/test";

/** Asks for a sign-in link on /sign-in, in the browser of `page`. */
async function requestMagicLink(page: Page, email: string) {
  await page.goto("/sign-in");
  const panel = page.getByRole("tabpanel", { name: t.auth.signIn.tabs.magicLink });
  await panel.getByLabel(t.common.email).fill(email);
  await panel.getByRole("button", { name: t.auth.signIn.magicLinkSubmit }).click();
  await expect(panel.getByText(t.auth.sent.title)).toBeVisible();
}

/**
 * The app's own link for the email just sent, as a template using `{{ .TokenHash }}` builds it: the token of
 * Supabase's /verify link is that hash.
 */
async function confirmLinkFor(email: string, next: string): Promise<string> {
  const verify = new URL(verifyLinkIn(await latestEmailTo(email)));
  const query = new URLSearchParams({
    token_hash: verify.searchParams.get("token") ?? "",
    type: verify.searchParams.get("type") ?? "",
    next,
  });
  return `/auth/confirm?${query}`;
}

async function sessionCookies(page: Page) {
  // The session (possibly chunked), not the PKCE verifier that asking for a link leaves behind.
  return (await page.context().cookies()).filter((cookie) => /-auth-token(\.\d+)?$/.test(cookie.name));
}

test("an emailed link signs in only when its button is pressed, and goes straight on in the browser that asked for it", async ({
  page,
  shot,
}) => {
  const email = uniqueEmail("confirm-link");
  await requestMagicLink(page, email);
  const link = await confirmLinkFor(email, "/app");

  // A mail scanner fetching the link (twice) spends nothing and signs nobody in.
  for (let i = 0; i < 2; i++) expect((await page.request.get(link)).status()).toBe(200);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: t.auth.confirm.title })).toBeVisible();
  expect(await sessionCookies(page)).toEqual([]);
  await expectNoSeriousAxeViolations(page);
  await shot("confirm-button");

  await page.getByRole("button", { name: t.auth.confirm.submit }).click();
  await expectDashboardFor(page, email);
});

test("a link this browser did not ask for names the account it signed in to and waits", async ({
  page,
  browser,
  shot,
}) => {
  // Someone asks for a link to their own account in their own browser, and hands it to the visitor.
  const attacker = uniqueEmail("handed-link");
  const elsewhere = await browser.newContext();
  await requestMagicLink(await elsewhere.newPage(), attacker);
  await elsewhere.close();
  const link = await confirmLinkFor(attacker, "/app");

  await page.goto(link);
  await page.getByRole("button", { name: t.auth.confirm.submit }).click();
  await expect(page.getByText(formatMessage(t.auth.confirm.signedInAs, { email: attacker }))).toBeVisible();
  await expect(page.getByText(t.auth.confirm.notRequested)).toBeVisible();
  await expect(
    page.getByRole("link", { name: formatMessage(t.auth.confirm.continueAs, { email: attacker }) }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/auth\/confirm\?/);
  await expectNoSeriousAxeViolations(page);
  await shot("signed-in-elsewhere");

  await page.getByRole("button", { name: t.common.signOut }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(await sessionCookies(page)).toEqual([]);
});

test("a spent or malformed link says so instead of signing in", async ({ page }) => {
  await page.goto("/auth/confirm?token_hash=pkce_0000&type=magiclink&next=/app");
  await page.getByRole("button", { name: t.auth.confirm.submit }).click();
  await expect(page.getByText(t.errors.link_invalid)).toBeVisible();
  expect(await sessionCookies(page)).toEqual([]);

  await page.goto("/auth/confirm?type=magiclink");
  await expect(page).toHaveURL(/\/sign-in\?error=link_invalid$/);
});
