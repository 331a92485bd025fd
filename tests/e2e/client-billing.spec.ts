import type { Page } from "@playwright/test";
import { formatMessage } from "../../src/i18n/format-message";
import { ptBR as t } from "../../src/i18n/pt-BR";
import { signInWithPassword } from "./support/auth-steps";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { database } from "./support/database";
import { demoPassword, uniqueEmail } from "./support/e2e-env";
import { expect, test } from "./support/test";

const copy = t.billing;

test.use({ viewport: { width: 1366, height: 900 } });

/** A new Free organization with its owner (the demo password) and the one project the Free plan allows. */
async function freeOrganization(): Promise<{ email: string; slug: string }> {
  const email = uniqueEmail("billing");
  const slug = email.split("@")[0]!;
  // Statement by statement: each parameter then takes its column's type.
  await database(async (sql) => {
    const [user] = await sql<{ id: string }[]>`
      insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
        raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
      values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated', ${email},
        extensions.crypt(${demoPassword}::text, extensions.gen_salt('bf')), now(),
        '{"provider": "email", "providers": ["email"]}', '{"full_name": "Dona da Padaria"}', now(), now())
      returning id`;
    await sql`
      insert into auth.identities (provider_id, user_id, identity_data, provider, created_at, updated_at)
      values (${user!.id}, ${user!.id}, ${sql.json({ sub: user!.id, email })}, 'email', now(), now())`;
    const [org] = await sql<{ id: string }[]>`
      insert into public.organizations (name, slug, tier) values ('Padaria Fermento Novo', ${slug}, 'free') returning id`;
    await sql`
      insert into public.memberships (org_id, user_id, role, status) values (${org!.id}, ${user!.id}, 'owner', 'accepted')`;
    return sql`insert into public.projects (org_id, name) values (${org!.id}, 'Site da padaria')`;
  });
  return { email, slug };
}

/** The billing card's "<plan> plan" line (the top bar's plan badge says the same words). */
const planLine = (page: Page, plan: string) =>
  page.locator("#main").getByText(formatMessage(copy.current.plan, { plan }), { exact: true });

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${page.url()} is wider than the screen`).toBeLessThanOrEqual(1);
}

test("a Free owner upgrades to Pro through Checkout, creates a second project, then cancels in the portal", async ({
  page,
  shot,
}) => {
  test.setTimeout(180_000);
  const { email, slug } = await freeOrganization();
  await page.goto("/sign-in");
  await signInWithPassword(page, email, demoPassword);
  await expect(page).toHaveURL(new RegExp(`/app/${slug}$`));

  await page.goto(`/app/${slug}/billing`);
  await expect(planLine(page, "Free")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await shot("free-plan-1366");

  // Stripe's hosted Checkout (the local Stripe's page): a declined card first, then one that pays.
  await page.getByRole("button", { name: formatMessage(copy.upgradeTo, { plan: "Pro" }) }).click();
  await expect(page).toHaveURL(/\/stripe\/checkout\/cs_test_/);
  await page.getByLabel("Card number").fill("4000 0000 0000 0341");
  await page.getByRole("button", { name: "Subscribe" }).click();
  await expect(page.getByRole("alert")).toHaveText("Your card was declined.");
  await page.getByLabel("Card number").fill("4242 4242 4242 4242");
  await page.getByLabel("Name on card").fill("Dona da Padaria");
  await page.getByRole("button", { name: "Subscribe" }).click();

  // Back in Arco, the return page waits for the webhook, then shows the new plan.
  await expect(page).toHaveURL(new RegExp(`/app/${slug}/billing/return\\?session_id=cs_test_`));
  await expect(page.locator("#main").getByText(formatMessage(copy.returnPage.done, { plan: "Pro" }))).toBeVisible({
    timeout: 30_000,
  });
  await expectNoSeriousAxeViolations(page);
  await shot("upgraded-1366");

  await page.getByRole("link", { name: copy.returnPage.back }).click();
  await expect(planLine(page, "Pro")).toBeVisible();
  await expect(page.locator("#main").getByText(copy.statuses.active, { exact: true })).toBeVisible();

  // The new limit: a second project, which Free refused.
  await page.goto(`/app/${slug}/projects/new`);
  await page.getByLabel(t.projects.form.name).fill("Loja online");
  await page.getByRole("button", { name: t.projects.form.create }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Loja online" })).toBeVisible();

  // The Customer Portal: cancel at period end; the plan stays until then.
  await page.goto(`/app/${slug}/billing`);
  await page.getByRole("button", { name: copy.manage }).click();
  await expect(page).toHaveURL(/\/stripe\/portal\/bps_/);
  await page.getByRole("button", { name: "Cancel plan" }).click();
  await expect(page.getByText(/Cancels on \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await page.getByRole("link", { name: "Return" }).click();
  await expect(page).toHaveURL(new RegExp(`/app/${slug}/billing$`));
  await expect
    .poll(
      async () => {
        await page.reload();
        return page.locator("#main").getByText(copy.current.cancelsAtPeriodEnd, { exact: true }).isVisible();
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  await expect(planLine(page, "Pro")).toBeVisible();
  await shot("cancels-at-period-end-1366");

  // A failed renewal: the banner across the workspace, with the way to fix it.
  await database(
    (sql) => sql`update public.subscriptions set status = 'past_due'
    where org_id = (select id from public.organizations where slug = ${slug})`,
  );
  await page.goto(`/app/${slug}`);
  const banner = page.getByRole("region", {
    name: formatMessage(copy.banner.pastDue, { organization: "Padaria Fermento Novo" }),
  });
  await expect(banner.getByRole("button", { name: copy.banner.action })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await shot("past-due-banner-1366");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/app/${slug}/billing`);
  await expect(planLine(page, "Pro")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await expectNoSidewaysScroll(page);
  await shot("billing-390");
});

test("a demo client on Pro opens the Customer Portal and sees the subscription the demo data mirrors", async ({
  page,
  shot,
}) => {
  await page.goto("/sign-in");
  await signInWithPassword(page, "demo@arco.local", demoPassword);
  await expect(page).toHaveURL(/\/app\/moda-viva$/);
  await page.goto("/app/moda-viva/billing");
  await page.getByRole("button", { name: copy.manage }).click();
  await expect(page).toHaveURL(/\/stripe\/portal\/bps_/);
  await expect(page.getByRole("heading", { name: /Arco Pro · R\$ 897,00/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel plan" })).toBeVisible();
  await shot("demo-portal");
  await page.getByRole("link", { name: "Return" }).click();
  await expect(page).toHaveURL(/\/app\/moda-viva\/billing$/);
});
