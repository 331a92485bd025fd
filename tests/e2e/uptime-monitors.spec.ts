import { formatMessage } from "../../src/i18n/format-message";
import { ptBR } from "../../src/i18n/pt-BR";
import { signInAs } from "./support/auth-steps";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { database } from "./support/database";
import { expect, test } from "./support/test";

const copy = ptBR.uptime.monitors;
const slug = "padaria-pao-dourado";

/** The seed watches each organization's site; these tests start from none and leave none. */
async function removeMonitors() {
  await database(
    (sql) => sql`delete from public.monitors where org_id = (select id from public.organizations where slug = ${slug})`,
  );
}

test.describe("uptime monitors", () => {
  test.beforeEach(removeMonitors);
  test.afterEach(removeMonitors);

  for (const viewport of [
    { name: "desktop", width: 1366, height: 900 },
    { name: "mobile", width: 390, height: 844 },
  ]) {
    test(`an owner adds, is held to the plan, and removes a monitored address (${viewport.name})`, async ({
      page,
      shot,
    }) => {
      await page.setViewportSize(viewport);
      await signInAs(page, "rafael@arco.local");
      await page.goto(`/app/${slug}/uptime`);
      await expect(page.getByRole("heading", { name: copy.title })).toBeVisible();
      await expect(page.getByText(copy.empty)).toBeVisible();
      await expectNoSeriousAxeViolations(page);

      await page.getByLabel(copy.url).fill("paodourado.com.br");
      await page.getByRole("button", { name: copy.add }).click();
      await expect(page.getByText(copy.urlInvalid)).toBeVisible();
      await shot("invalid-url");

      await page.getByLabel(copy.url).fill("https://paodourado.com.br/");
      await page.getByLabel(copy.keyword).fill("Pão de fermentação natural");
      await page.getByRole("button", { name: copy.add }).click();
      const row = page.getByRole("listitem").filter({ hasText: "https://paodourado.com.br/" });
      await expect(row).toBeVisible();
      await expect(row.getByText(copy.pending)).toBeVisible();
      await expect(page.getByLabel(copy.url)).toHaveValue("");
      await expectNoSeriousAxeViolations(page);
      await shot("added");

      // The free plan's one domain is in use by this monitor: a second one is refused with the upgrade offer.
      await page.getByLabel(copy.url).fill("https://paodourado.com.br/loja");
      await page.getByRole("button", { name: copy.add }).click();
      await expect(page.getByText(copy.limitTitle)).toBeVisible();
      await shot("limit-reached");

      await page.reload();
      await page
        .getByRole("button", { name: formatMessage(copy.removeLabel, { url: "https://paodourado.com.br/" }) })
        .click();
      await expect(page.getByText(copy.empty)).toBeVisible();
    });
  }
});
