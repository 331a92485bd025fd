import { formatMessage } from "../../src/i18n/format-message";
import { ptBR } from "../../src/i18n/pt-BR";
import { signInAs } from "./support/auth-steps";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { expect, test } from "./support/test";

const copy = ptBR.apiKeys;

test.describe("API keys", () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test("an owner creates a key, sees it once, uses it on the API, and revokes it", async ({ page, shot }) => {
    await signInAs(page, "helena@grupo-aurora.test");
    await page.goto("/app/grupo-aurora/settings");
    await page.getByRole("link", { name: copy.settingsCard.open }).click();
    await expect(page).toHaveURL(/\/app\/grupo-aurora\/settings\/api-keys$/);
    await expectNoSeriousAxeViolations(page);

    await page.getByLabel(copy.create.name).fill("Integração do helpdesk");
    await page.getByLabel(copy.create.access).selectOption("read_write");
    await page.getByRole("button", { name: copy.create.submit }).click();
    await expect(page.getByText(formatMessage(copy.created.title, { name: "Integração do helpdesk" }))).toBeVisible();
    const key = await page.getByLabel(copy.created.label).inputValue();
    expect(key).toMatch(/^arco_live_[A-Za-z0-9_-]{43}$/);
    const list = page.getByRole("list", { name: copy.list.label });
    const row = list.getByRole("listitem").filter({ hasText: "Integração do helpdesk" });
    await expect(row).toBeVisible();
    await expect(row.getByText(key.slice(0, 16))).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await shot("key-created");

    const projects = await page.request.get("/api/v1/projects", { headers: { authorization: `Bearer ${key}` } });
    expect(projects.status()).toBe(200);
    expect(projects.headers()["ratelimit-limit"]).toBe("6000");
    const body = await projects.json();
    expect(body.data.length).toBeGreaterThan(0);

    // Leaving the page forgets the key: it is never shown again.
    await page.reload();
    await expect(page.getByLabel(copy.created.label)).toHaveCount(0);
    await expect(row).toContainText(formatMessage(copy.list.lastUsed, { when: "" }).trim());

    await list.getByRole("button", { name: `${copy.list.revoke} Integração do helpdesk` }).click();
    await expect(page.getByRole("alertdialog")).toBeVisible();
    await shot("revoke-confirm");
    await page.getByRole("button", { name: copy.revoke.confirm }).click();
    await expect(page.getByRole("alertdialog")).toHaveCount(0);
    await expect(list.getByText(copy.list.states.revoked).first()).toBeVisible();
    const refused = await page.request.get("/api/v1/projects", { headers: { authorization: `Bearer ${key}` } });
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error.code).toBe("invalid_api_key");
  });

  test("a member is told keys are for owners and admins", async ({ page }) => {
    await signInAs(page, "gustavo@grupo-aurora.test");
    await page.goto("/app/grupo-aurora/settings/api-keys");
    await expect(page.getByText(copy.managersOnly)).toBeVisible();
    await expect(page.getByRole("button", { name: copy.create.submit })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
  });

  test("the API reference is public, readable and accessible", async ({ page }) => {
    await page.goto("/api-reference");
    await expect(page.getByRole("heading", { name: ptBR.publicApi.reference.title, level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "POST /api/v1/tickets" })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    const document = await page.request.get("/api/v1/openapi.json");
    expect((await document.json()).openapi).toBe("3.1.0");
  });

  test("on a phone the keys page and the reference fit the screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs(page, "helena@grupo-aurora.test");
    for (const path of ["/app/grupo-aurora/settings/api-keys", "/api-reference"]) {
      await page.goto(path);
      await expect(page).toHaveTitle(/\S/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(1);
    }
  });
});
