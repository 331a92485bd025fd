import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { expect as baseExpect, type Page } from "@playwright/test";
import { formatMessage } from "../../src/i18n/format-message";
import { ptBR as t } from "../../src/i18n/pt-BR";
import { signInAs } from "./support/auth-steps";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { supabaseUrl, uniqueEmail } from "./support/e2e-env";
import { verifyLinkIn, type MailboxMessage } from "./support/mailbox";
import { expect, test } from "./support/test";

const team = t.team;
const slug = "moda-viva";

// Desktop at a common laptop width; the invitee's browser and the phone check set their own.
test.use({ viewport: { width: 1366, height: 900 } });

/** Waits for an email to `to` whose text matches `pattern` (the mailbox lists the newest first). */
async function emailTo(to: string, pattern: RegExp): Promise<MailboxMessage> {
  let found: MailboxMessage | undefined;
  await baseExpect
    .poll(
      async () => {
        const response = await fetch(`${supabaseUrl}/mailbox/api/messages?to=${encodeURIComponent(to)}`);
        if (!response.ok) return undefined;
        const { messages } = (await response.json()) as { messages: MailboxMessage[] };
        found = messages.find((message) => pattern.test(message.text));
        return found?.id;
      },
      { message: `an email to ${to} matching ${pattern}`, timeout: 90_000 },
    )
    .toBeTruthy();
  return found!;
}

/** No page is wider than the screen: wide content scrolls inside its own box. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${page.url()} is wider than the screen`).toBeLessThanOrEqual(1);
}

/** Full-page screenshots of a second browser (the invitee's), beside the test's own. */
function recorder(name: string) {
  const dir = join("artifacts", "screenshots", "client-team-invitee");
  mkdirSync(dir, { recursive: true });
  let count = 0;
  return (page: Page, label: string) =>
    page.screenshot({ path: join(dir, `${String(++count).padStart(2, "0")}-${name}-${label}.png`), fullPage: true });
}

test("an owner invites someone, who signs up from the emailed link and joins; the owner makes them an admin, then removes them", async ({
  page,
  browser,
  shot,
}) => {
  test.setTimeout(240_000);
  const invitee = uniqueEmail("invitee");
  const name = "Beatriz Convidada";

  await signInAs(page, "demo@arco.local");
  await page.goto(`/app/${slug}/team`);
  await expect(page.getByRole("heading", { level: 1, name: team.title })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await expectNoSidewaysScroll(page);

  // Invite: a malformed address is refused in words first.
  const invite = page.locator("form").filter({ has: page.getByRole("button", { name: team.invite.submit }) });
  await invite.getByLabel(t.common.email).fill("not-an-address");
  await invite.getByRole("button", { name: team.invite.submit }).click();
  await expect(page.getByText(t.validation.email_invalid)).toBeVisible();
  await invite.getByLabel(t.common.email).fill(invitee);
  await invite.getByLabel(team.invite.role).selectOption("member");
  await invite.getByRole("button", { name: team.invite.submit }).click();
  await expect(page.getByText(formatMessage(team.invite.sent, { email: invitee }))).toBeVisible();
  const pending = page.getByRole("list", { name: team.invitations.listLabel });
  await expect(pending.getByRole("listitem").filter({ hasText: invitee })).toBeVisible();
  await shot("invitation-sent");

  // The email carries the link to the invitation page.
  const invitation = await emailTo(invitee, /\/invitations\//);
  const link = /https?:\/\/[^\s"'<>]+\/invitations\/[A-Za-z0-9_-]{43}/.exec(invitation.text)?.[0];
  expect(link, invitation.text).toBeDefined();
  const path = new URL(link!).pathname;

  // Signed in with another address, the owner is told the invitation is not theirs.
  await page.goto(path);
  await expect(
    page.getByText(formatMessage(team.invitationPage.otherAccount, { current: "demo@arco.local", email: invitee })),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: team.invitationPage.signOut })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // The invitee, in a browser of their own (a phone), signs up with the invited address and accepts.
  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: "pt-BR",
    timezoneId: "America/Sao_Paulo",
  });
  const guest = await phone.newPage();
  const snap = recorder("invitee");
  try {
    await guest.goto(path);
    await expect(
      guest.getByRole("heading", {
        level: 1,
        name: formatMessage(team.invitationPage.title, { organization: "Moda Viva" }),
      }),
    ).toBeVisible();
    await expect(guest.getByText(formatMessage(team.invitationPage.signInPrompt, { email: invitee }))).toBeVisible();
    await expectNoSeriousAxeViolations(guest);
    await expectNoSidewaysScroll(guest);
    await snap(guest, "invitation-anonymous");

    await guest.getByRole("link", { name: team.invitationPage.signUp }).click();
    await expect(guest).toHaveURL(/\/sign-up\?/);
    const panel = guest.getByRole("tabpanel", { name: t.auth.signUp.tabs.password });
    await expect(panel.getByLabel(t.common.email)).toHaveValue(invitee);
    await panel.getByLabel(new RegExp(t.auth.signUp.fullName)).fill(name);
    await panel.getByLabel(t.common.password).fill("convite-seguro-2026");
    await panel.getByRole("button", { name: t.auth.signUp.passwordSubmit }).click();
    await expect(panel.getByText(t.auth.sent.title)).toBeVisible();
    await snap(guest, "sign-up-sent");

    await guest.goto(verifyLinkIn(await emailTo(invitee, /\/auth\/v1\/verify\?/)));
    await expect(guest).toHaveURL(new RegExp(`${path}$`));
    await expect(guest.getByText(formatMessage(team.invitationPage.signedInAs, { email: invitee }))).toBeVisible();
    await expectNoSeriousAxeViolations(guest);
    await snap(guest, "invitation-signed-in");
    await guest.getByRole("button", { name: team.invitationPage.accept }).click();
    await expect(guest).toHaveURL(new RegExp(`/app/${slug}$`));
    await expect(guest.getByRole("heading", { level: 1, name: t.overview.title })).toBeVisible();
    await snap(guest, "joined");

    // The link worked once.
    await guest.goto(path);
    await expect(guest.getByRole("heading", { level: 1, name: team.invitationPage.acceptedTitle })).toBeVisible();
    await snap(guest, "invitation-used");
  } finally {
    await phone.close();
  }

  // Back with the owner: the new member is in the list; make them an admin.
  await page.goto(`/app/${slug}/team`);
  const members = page.getByRole("list", { name: team.members.listLabel });
  const row = members.getByRole("listitem").filter({ hasText: name });
  await expect(row.getByText(invitee)).toBeVisible();
  await expect(row.getByText(t.workspace.roles.member)).toBeVisible();
  await expect(pending.getByRole("listitem").filter({ hasText: invitee })).toHaveCount(0);

  await row.getByRole("button", { name: `${team.members.manage} ${name}` }).click();
  await page.getByRole("menuitem", { name: team.members.makeAdmin }).click();
  const promote = page.getByRole("alertdialog", { name: formatMessage(team.confirm.makeAdmin.title, { name }) });
  await expect(promote).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await shot("confirm-make-admin");
  await promote.getByRole("button", { name: team.confirm.makeAdmin.confirm }).click();
  await expect(page.getByText(formatMessage(team.confirm.makeAdmin.done, { name }))).toBeVisible();
  await expect(promote).toHaveCount(0);
  await expect(row.getByText(t.workspace.roles.admin)).toBeVisible();

  // And remove them.
  await row.getByRole("button", { name: `${team.members.manage} ${name}` }).click();
  await page.getByRole("menuitem", { name: team.members.remove }).click();
  const remove = page.getByRole("alertdialog", { name: formatMessage(team.confirm.remove.title, { name }) });
  await remove.getByRole("button", { name: team.confirm.remove.confirm }).click();
  await expect(page.getByText(formatMessage(team.confirm.remove.done, { name }))).toBeVisible();
  await expect(members.getByText(name)).toHaveCount(0);
  await shot("member-removed");

  // The same page on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/app/${slug}/team`);
  await expect(page.getByRole("heading", { level: 1, name: team.title })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await expectNoSidewaysScroll(page);
  await shot("team-phone");
});

test("a member sees the team without invitations or management; a Free owner at the seat limit is offered the upgrade", async ({
  page,
  shot,
}) => {
  await signInAs(page, "fernanda@arco.local");
  await page.goto(`/app/${slug}/team`);
  await expect(page.getByRole("list", { name: team.members.listLabel })).toBeVisible();
  await expect(page.getByRole("heading", { name: team.invite.title })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: team.invitations.title })).toHaveCount(0);
  await expect(page.getByRole("button", { name: new RegExp(`^${team.members.manage}`) })).toHaveCount(0);
  await expect(page.getByRole("button", { name: team.leave.action })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await shot("member-view");

  await page.context().clearCookies();
  await signInAs(page, "rafael@arco.local");
  await page.goto("/app/padaria-pao-dourado/team");
  await expect(page.getByRole("heading", { name: team.invite.limitTitle })).toBeVisible();
  await expect(
    page.getByText(formatMessage(team.invite.limitReached, { used: "1", limit: "1", plan: "Free" })),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: t.workspace.limits.upgradeCta })).toHaveAttribute(
    "href",
    "/app/padaria-pao-dourado/billing",
  );
  // The only owner is told why they cannot leave.
  await expect(page.getByText(team.leave.lastOwnerNoAdmin)).toBeVisible();
  await expect(page.getByRole("button", { name: team.leave.action })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  await shot("free-at-seat-limit");
});
