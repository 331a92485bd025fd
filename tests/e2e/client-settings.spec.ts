import { deflateSync } from "node:zlib";
import type { Page } from "@playwright/test";
import { formatMessage } from "../../src/i18n/format-message";
import { ptBR } from "../../src/i18n/pt-BR";
import { signInWithPassword } from "./support/auth-steps";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { database } from "./support/database";
import { demoPassword } from "./support/e2e-env";
import { expect, test } from "./support/test";

const copy = ptBR.settings;

async function signIn(page: Page, email: string) {
  await page.goto("/sign-in");
  await signInWithPassword(page, email, demoPassword);
  await expect(page).toHaveURL(/\/app\/[a-z0-9-]+$/);
}

/** A valid 8×8 PNG of one colour, built here so the test needs no fixture file. */
function solidPng(rgb: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(8, 0);
  header.writeUInt32BE(8, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: 8 }, () => Buffer.from([0, ...Array(8).fill(rgb).flat()])));
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

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
    await signIn(page, "helena@grupo-aurora.test");
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
      buffer: solidPng([15, 76, 129]),
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
    await signIn(page, "gustavo@grupo-aurora.test");
    await page.goto("/app/grupo-aurora/settings");
    await expect(page.getByText(copy.readOnly)).toBeVisible();
    await expect(page.getByRole("button", { name: copy.general.submit })).toHaveCount(0);
    await expect(page.getByRole("button", { name: copy.danger.submit })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);

    await page.context().clearCookies();
    await signIn(page, "camila@arco.local");
    await page.goto("/app/clinica-sorriso-leve/settings");
    await expect(page.getByText(copy.branding.enterpriseOnly)).toBeVisible();
    await expect(page.getByRole("button", { name: copy.danger.submit })).toBeVisible();
  });

  test("on a phone the settings fit the screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, "helena@grupo-aurora.test");
    await page.goto("/app/grupo-aurora/settings");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });
});
