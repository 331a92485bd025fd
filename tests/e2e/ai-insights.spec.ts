import { formatMessage } from "../../src/i18n/format-message";
import { ptBR } from "../../src/i18n/pt-BR";
import { startFakeOpenAI, type FakeOpenAI } from "../support/fake-openai";
import { signInAs } from "./support/auth-steps";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { demoClientEmail } from "./support/e2e-env";
import { expect, test } from "./support/test";

const copy = ptBR.insights;
/** Where the app under test finds OpenAI: OPENAI_BASE_URL in playwright.config.ts (no plan key is set). */
const FAKE_OPENAI_PORT = 55399;
const OWN_KEY = "sk-proj-e2e-moda-viva-key-0000wxyz";

test.describe("AI insights", () => {
  let openai: FakeOpenAI;
  test.beforeAll(async () => {
    openai = await startFakeOpenAI([OWN_KEY], FAKE_OPENAI_PORT);
  });
  test.afterAll(async () => {
    await openai?.close();
  });

  test("an owner brings the organization's OpenAI key, generates an insight and follows a citation", async ({
    page,
    shot,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1366, height: 900 });
    await signInAs(page, demoClientEmail);

    // Without a plan key, the organization's own key is what writes insights: checked, then stored sealed.
    await page.goto("/app/moda-viva/settings/openai");
    await expect(page.getByText(copy.byok.none)).toBeVisible();
    await page.getByLabel(copy.byok.label).fill(OWN_KEY);
    await page.getByRole("button", { name: copy.byok.save }).click();
    await expect(page.getByText(formatMessage(copy.byok.saved, { last4: "wxyz" }))).toBeVisible();
    await expect(page.getByText(formatMessage(copy.byok.current, { last4: "wxyz" }))).toBeVisible();
    expect(await page.content()).not.toContain(OWN_KEY.slice(0, -4));
    await expectNoSeriousAxeViolations(page);

    await page.goto("/app/moda-viva/insights");
    await expect(page.getByText(copy.emptyTitle)).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole("button", { name: copy.generate }).click();
    const headline = page.getByRole("heading", { name: "Um mês mais estável" });
    await expect(headline).toBeVisible({ timeout: 90_000 });
    await expect(page.getByText(copy.ownKey)).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await shot("insight-1366");

    const citation = page.getByRole("link", { name: /^Fonte 1: / });
    const href = await citation.getAttribute("href");
    expect(href).toMatch(
      /^\/app\/moda-viva\/(reports\/[0-9a-f-]{36}|uptime|campaigns|performance|tickets\/[0-9a-f-]{36})/,
    );
    expect(openai.keysUsed("/v1/chat")).toEqual([OWN_KEY]);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(headline).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await shot("insight-390");

    await citation.click();
    await expect(page).toHaveURL(new RegExp(`${href!.split("#")[0]!.replace(/[/]/g, "\\/")}`));

    // Leave the organization as the seed made it: without a key of its own.
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto("/app/moda-viva/settings/openai");
    await page.getByRole("button", { name: copy.byok.remove }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: copy.byok.remove }).click();
    await expect(page.getByText(copy.byok.none)).toBeVisible();
  });
});
