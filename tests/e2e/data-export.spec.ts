import { formatMessage } from "../../src/i18n/format-message";
import { ptBR } from "../../src/i18n/pt-BR";
import { unzip } from "../support/unzip";
import { signInAs } from "./support/auth-steps";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { supabaseUrl } from "./support/e2e-env";
import { expect, test } from "./support/test";

const copy = ptBR.privacy;
const owner = "rafael@arco.local";

async function exportEmailLink(): Promise<string> {
  const subject = formatMessage(copy.exportEmail.subject, { subject: "Padaria Pão Dourado" });
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(`${supabaseUrl}/mailbox/api/messages?to=${encodeURIComponent(owner)}`);
        const body = (await response.json()) as { messages: { subject: string; html: string }[] };
        const message = body.messages.find((m) => m.subject === subject);
        link = /href="([^"]*\/storage\/v1\/object\/sign\/data-exports\/[^"]*)"/.exec(message?.html ?? "")?.[1];
        return link;
      },
      { message: "the export email", timeout: 60_000 },
    )
    .toBeTruthy();
  return link!.replaceAll("&amp;", "&");
}

test.describe("LGPD data export", () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test("the privacy page lists the processors and links to the rights, on desktop and phone", async ({
    page,
    shot,
  }) => {
    await page.goto("/privacy");
    await expect(page.getByRole("heading", { name: copy.page.title, level: 1 })).toBeVisible();
    for (const processor of ["Supabase", "Stripe", "Resend", "OpenAI", "Inngest"]) {
      await expect(page.getByText(processor, { exact: true })).toBeVisible();
    }
    await expect(page.getByRole("link", { name: copy.page.rightsExport })).toHaveAttribute("href", "/account/privacy");
    await expectNoSeriousAxeViolations(page);
    await shot("privacy-1366");
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await shot("privacy-390");
  });

  test("an owner requests the organization's export, the job builds it and the emailed link downloads the zip", async ({
    page,
    shot,
  }) => {
    test.setTimeout(180_000);
    await signInAs(page, owner);
    await page.goto("/app/padaria-pao-dourado/settings");
    await page.getByRole("link", { name: copy.organization.settingsCard.open }).click();
    await expect(page).toHaveURL(/\/app\/padaria-pao-dourado\/settings\/privacy$/);
    await expect(page.getByText(copy.exports.emptyTitle)).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    await page.getByRole("button", { name: copy.exports.request }).click();
    await expect(page.getByText(copy.exports.requested)).toBeVisible();
    const item = page.getByRole("list", { name: copy.exports.title }).getByRole("listitem").first();
    await expect(item.getByText(copy.exports.statuses.ready)).toBeVisible({ timeout: 120_000 });
    await expect(item.getByRole("link", { name: copy.exports.download })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await shot("export-ready-1366");

    const response = await page.request.get(await exportEmailLink());
    expect(response.status()).toBe(200);
    const entries = await unzip(await response.body());
    const manifest = JSON.parse(entries.get("manifest.json")!.toString()) as { tables: Record<string, number> };
    expect(manifest.tables.projects).toBeGreaterThan(0);
    const projects = JSON.parse(entries.get("tables/projects.json")!.toString()) as { name: string }[];
    expect(projects.map((p) => p.name)).toContain("Site da padaria com cardápio");
    expect(entries.has("tables/projects.csv")).toBe(true);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(item.getByText(copy.exports.statuses.ready)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await shot("export-ready-390");
  });

  test("a member asks for their own data, then for their account's deletion, and cancels it", async ({
    page,
    shot,
  }) => {
    test.setTimeout(120_000);
    await signInAs(page, "fernanda@arco.local");
    await page.goto("/account/privacy");
    await expect(page.getByRole("heading", { name: copy.account.title, level: 1 })).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    await page.getByRole("button", { name: copy.exports.request }).click();
    const item = page.getByRole("list", { name: copy.exports.title }).getByRole("listitem").first();
    await expect(item.getByText(copy.exports.statuses.ready)).toBeVisible({ timeout: 90_000 });

    const confirm = page.getByLabel(formatMessage(copy.deletion.confirm, { email: "fernanda@arco.local" }));
    await confirm.fill("someone@else.test");
    await page.getByRole("button", { name: copy.deletion.submit }).click();
    await expect(page.getByText(copy.deletion.mismatch)).toBeVisible();
    await confirm.fill("fernanda@arco.local");
    await page.getByRole("button", { name: copy.deletion.submit }).click();
    await expect(page.getByText(copy.deletion.pendingBody)).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await shot("deletion-pending-1366");

    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await shot("deletion-pending-390");

    await page.getByRole("button", { name: copy.deletion.cancel }).click();
    await expect(page.getByRole("button", { name: copy.deletion.submit })).toBeVisible();
  });
});
