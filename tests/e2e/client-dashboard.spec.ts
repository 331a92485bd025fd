import type { Page } from "@playwright/test";
import { en } from "../../src/i18n/en";
import { formatMessage } from "../../src/i18n/format-message";
import { localeCookieName } from "../../src/i18n/locales";
import { ptBR } from "../../src/i18n/pt-BR";
import { signInAs, signInWithPassword } from "./support/auth-steps";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { database } from "./support/database";
import { demoPassword } from "./support/e2e-env";
import { expect, test } from "./support/test";

/** Each demo organization and its owner (supabase/seed.sql). */
const organizations = [
  { slug: "padaria-pao-dourado", owner: "rafael@arco.local", tier: "free" },
  { slug: "clinica-sorriso-leve", owner: "camila@arco.local", tier: "basic" },
  { slug: "moda-viva", owner: "demo@arco.local", tier: "pro" },
  { slug: "grupo-aurora", owner: "helena@grupo-aurora.test", tier: "enterprise" },
] as const;

/** The sections under /app/<slug>, and for lists with a page per row, the path their rows link to. */
const sections = [
  { path: "", detail: null },
  { path: "/projects", detail: "/projects/" },
  { path: "/domains", detail: "/domains/" },
  { path: "/infrastructure", detail: null },
  { path: "/files", detail: "/files/" },
  { path: "/tickets", detail: "/tickets/" },
  { path: "/performance", detail: null },
  { path: "/uptime", detail: null },
  { path: "/campaigns", detail: null },
  { path: "/reports", detail: "/reports/" },
  { path: "/billing", detail: null },
  { path: "/team", detail: null },
  { path: "/settings", detail: null },
] as const;

// Desktop screenshots at a common laptop width; the phone walk sets its own.
test.use({ viewport: { width: 1366, height: 900 } });

const uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/**
 * Opens a page, checks it answered 200 with one heading, no serious accessibility violation and nothing wider
 * than the screen (a wide table scrolls inside its own box).
 */
async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expectNoSeriousAxeViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(1);
}

/** Every section of an organization, and the first row's page of each list that has one. */
async function walk(page: Page, slug: string) {
  for (const section of sections) {
    const path = `/app/${slug}${section.path}`;
    await visit(page, path);
    if (!section.detail) continue;
    const rows = page.locator(`main a[href^="/app/${slug}${section.detail}"]`);
    const hrefs = await rows.evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    const detail = hrefs.find((href) => new RegExp(`${section.detail}${uuid}$`).test(href));
    if (detail) await visit(page, detail);
  }
}

for (const organization of organizations) {
  test(`${organization.tier}: the owner walks every section in Portuguese`, async ({ page }) => {
    test.setTimeout(180_000);
    await signInAs(page, organization.owner);
    await expect(page).toHaveURL(new RegExp(`/app/${organization.slug}$`));
    await walk(page, organization.slug);
  });
}

test("pro, in English on a phone: every section fits a 390 px screen", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "demo@arco.local");
  // The language is a cookie the switcher sets; the sign-in steps speak Portuguese, so switch afterwards.
  await page.context().addCookies([{ name: localeCookieName, value: "en", url: baseURL! }]);
  await page.goto("/app/moda-viva");
  await expect(page.getByRole("heading", { level: 1, name: en.overview.title })).toBeVisible();
  await walk(page, "moda-viva");
});

test("another client's organization, or another client's project under your own, is a 404", async ({ page }) => {
  await signInAs(page, "demo@arco.local");
  const response = await page.goto("/app/clinica-sorriso-leve");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: ptBR.notFound.title })).toBeVisible();

  await page.context().clearCookies();
  await signInAs(page, "camila@arco.local");
  await page.goto("/app/clinica-sorriso-leve/projects");
  // The list streams in after the page's frame: wait for its first project link before reading them.
  const projectLinks = page.locator(`main a[href^="/app/clinica-sorriso-leve/projects/"]:not([href$="/new"])`);
  await expect(projectLinks.first()).toBeVisible();
  const hrefs = await projectLinks.evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const projectId = hrefs.map((href) => href.split("/").pop()!).find((last) => new RegExp(`^${uuid}$`).test(last));
  expect(projectId).toBeDefined();
  // The clinic's owner signs out; the store's owner tries the clinic's project id under the store's slug.
  await page.context().clearCookies();
  await signInAs(page, "demo@arco.local");
  expect((await page.goto(`/app/moda-viva/projects/${projectId}`))?.status()).toBe(404);
  expect((await page.goto("/app/moda-viva/projects/not-a-uuid"))?.status()).toBe(404);
});

test("a Free owner at the project limit is offered the upgrade instead of the form", async ({ page, shot }) => {
  await signInAs(page, "rafael@arco.local");
  await page.goto("/app/padaria-pao-dourado/projects/new");
  await expect(
    page.getByText(
      formatMessage(ptBR.workspace.limits.reached, {
        used: "1",
        limit: "1",
        what: ptBR.workspace.limits.projects.toLowerCase(),
        plan: "Free",
      }),
    ),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: ptBR.workspace.limits.upgradeCta })).toHaveAttribute(
    "href",
    "/app/padaria-pao-dourado/billing",
  );
  await shot("project-limit-upgrade");
});

test("a Pro owner asks for a performance measurement now and sees it in the latest runs", async ({ page, shot }) => {
  const copy = ptBR.performance.measureNow;
  await signInAs(page, "demo@arco.local");
  await page.goto("/app/moda-viva/performance");
  await expect(page.getByRole("heading", { level: 2, name: copy.title })).toBeVisible();
  await page.getByRole("button", { name: copy.submit }).click();
  await expect(page.getByText(copy.queued)).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: copy.recent })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await shot("performance-measure-now");
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await shot("performance-measure-now-phone");
});

test("someone in two organizations switches between them from the top bar", async ({ page, shot }) => {
  const switcher = ptBR.workspace.switcher;
  // The store's owner also joins the hotel group as a member (an Enterprise plan has seats to spare).
  const addMembership = () =>
    database(
      (sql) => sql`insert into public.memberships (org_id, user_id, role, status)
        select o.id, u.id, 'member', 'accepted' from public.organizations o, auth.users u
        where o.slug = 'grupo-aurora' and u.email = 'demo@arco.local'`,
    );
  const removeMembership = () =>
    database(
      (sql) => sql`delete from public.memberships
        where org_id = (select id from public.organizations where slug = 'grupo-aurora')
          and user_id = (select id from auth.users where email = 'demo@arco.local')`,
    );
  await addMembership();
  try {
    // With two organizations, signing in asks which one to open.
    await page.goto("/sign-in");
    await signInWithPassword(page, "demo@arco.local", demoPassword);
    await expect(page).toHaveURL(/\/app$/);
    await expectNoSeriousAxeViolations(page);
    await page.getByRole("link", { name: /Moda Viva/ }).click();
    await expect(page).toHaveURL(/\/app\/moda-viva$/);
    const button = page.getByRole("button", { name: `${switcher.label}: Moda Viva` });
    await button.click();
    const list = page.getByRole("navigation", { name: switcher.all });
    await expect(list.getByRole("link", { name: /Moda Viva/ })).toHaveAttribute("aria-current", "page");
    await expectNoSeriousAxeViolations(page);
    await shot("switcher-open");
    await page.keyboard.press("Escape");
    await expect(list).toBeHidden();
    await expect(button).toBeFocused();

    await button.click();
    await list.getByRole("link", { name: /Grupo Aurora/ }).click();
    await expect(page).toHaveURL(/\/app\/grupo-aurora$/);
    await expect(page.getByRole("button", { name: new RegExp(`${switcher.label}: Grupo Aurora`) })).toBeVisible();
  } finally {
    await removeMembership();
  }
});
