import { formatMessage } from "../../src/i18n/format-message";
import { ptBR } from "../../src/i18n/pt-BR";
import { signInAs } from "./support/auth-steps";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { database } from "./support/database";
import { png } from "./support/png";
import { expect, test } from "./support/test";

const copy = ptBR.settings;

test.describe("organization settings", () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  // The other specs walk the seeded organizations by their slugs: whatever happens here, give Aurora its own back.
  test.afterEach(async () => {
    await database(async (sql) => {
      await sql`update public.organizations set slug = 'grupo-aurora' where slug = 'aurora'`;
      return sql`delete from public.organization_slug_history where slug = 'aurora'`;
    });
  });

  test("an enterprise owner renames the address, sets billing and brands the dashboard", async ({ page, shot }) => {
    await signInAs(page, "helena@grupo-aurora.test");
    await page.goto("/app/grupo-aurora/settings");
    await expectNoSeriousAxeViolations(page);

    await page.getByLabel(copy.general.billingEmail).fill("financeiro@grupo-aurora.test");
    await page.getByLabel(copy.general.slug).fill("aurora");
    await page.getByRole("button", { name: copy.general.submit }).click();
    await expect(page).toHaveURL(/\/app\/aurora\/settings\?saved=1$/);
    await expect(page.getByText(copy.saved)).toBeVisible();
    await expect(page.getByLabel(copy.general.billingEmail)).toHaveValue("financeiro@grupo-aurora.test");
    await shot("general-saved");

    // Old links keep working: the previous address lands on the new one.
    await page.goto("/app/grupo-aurora/projects");
    await expect(page).toHaveURL(/\/app\/aurora$/);

    await page.goto("/app/aurora/settings");
    await page.getByLabel(copy.branding.primaryColor, { exact: true }).fill("#F2A900");
    await page.getByRole("button", { name: copy.branding.submit }).click();
    await expect(
      page.getByText(formatMessage(copy.branding.primaryContrastTooLow, { ratio: "2", minimum: "4.5" })),
    ).toBeVisible();
    await shot("contrast-refused");

    await page.getByLabel(copy.branding.primaryColor, { exact: true }).fill("#0F4C81");
    await page.getByLabel(copy.branding.logo, { exact: true }).setInputFiles({
      name: "logo.png",
      mimeType: "image/png",
      buffer: png(64, 64),
    });
    await page.getByRole("button", { name: copy.branding.submit }).click();
    await expect(page.getByText(copy.saved)).toBeVisible();
    const logo = page.getByRole("img", { name: copy.branding.currentLogo });
    await expect(logo).toBeVisible();
    const logoResponse = await page.request.get((await logo.getAttribute("src"))!);
    expect(logoResponse.status()).toBe(200);
    expect(logoResponse.headers()["content-type"]).toBe("image/png");
    await shot("branded");
  });

  test("a member reads the settings but changes nothing; a Basic owner is offered white label", async ({ page }) => {
    await signInAs(page, "gustavo@grupo-aurora.test");
    await page.goto("/app/grupo-aurora/settings");
    await expect(page.getByText(copy.readOnly)).toBeVisible();
    await expect(page.getByRole("button", { name: copy.general.submit })).toHaveCount(0);
    await expect(page.getByRole("button", { name: copy.danger.submit })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);

    await page.context().clearCookies();
    await signInAs(page, "camila@arco.local");
    await page.goto("/app/clinica-sorriso-leve/settings");
    await expect(page.getByText(copy.branding.enterpriseOnly)).toBeVisible();
    await expect(page.getByRole("button", { name: copy.danger.submit })).toBeVisible();
  });

  test("on a phone the settings fit the screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs(page, "helena@grupo-aurora.test");
    await page.goto("/app/grupo-aurora/settings");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });
});
