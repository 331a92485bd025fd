import type { Page } from "@playwright/test";
import { formatMessage } from "../../src/i18n/format-message";
import { ptBR } from "../../src/i18n/pt-BR";
import { signInAs, signOut } from "./support/auth-steps";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { database } from "./support/database";
import { demoClientEmail, demoStaffEmail } from "./support/e2e-env";
import { expect, test } from "./support/test";

/**
 * The agency admin against the seeded stack: a staff admin finds the Basic client, views the app as its member
 * (read-only: a new ticket is refused), stops, and finds the session in the audit log and in the client owner's
 * activity; the SLA queue puts a breached ticket first and the first reply stops its clock; clients get 404 on
 * every admin route. Every page is checked with axe, at 1366 px and at 390 px.
 */
const t = ptBR;
const basicSlug = "clinica-sorriso-leve";

test.use({ viewport: { width: 1366, height: 900 } });

/** Opens a page: 200, one h1, no serious accessibility violation, nothing wider than the screen. */
async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expectNoSeriousAxeViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(1);
}

async function anyTicketId(): Promise<string> {
  const [row] = await database((sql) => sql<{ id: string }[]>`select id from public.support_tickets limit 1`);
  return row!.id;
}

test("a client gets the 404 page, with status 404, on every agency route", async ({ page }) => {
  const ticketId = await anyTicketId();
  await signInAs(page, demoClientEmail);
  for (const path of [
    "/admin",
    "/admin/clients",
    `/admin/clients/${basicSlug}`,
    "/admin/tickets",
    `/admin/tickets/${ticketId}`,
    "/admin/leads",
    "/admin/revenue",
    "/admin/audit",
    "/admin/jobs",
    "/admin/staff",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: t.notFound.title })).toBeVisible();
  }
  expect((await page.request.get("/admin/leads/export")).status()).toBe(404);
});

test("a staff admin views the Basic client as its member, is refused a write, stops, and finds the session", async ({
  page,
  shot,
}) => {
  test.setTimeout(180_000);
  const reason = `Chamado ${Date.now().toString(36)}: conferir o painel`;
  await signInAs(page, demoStaffEmail);
  await visit(page, "/admin");
  await expect(page.getByRole("heading", { level: 1, name: t.agency.overview.title })).toBeVisible();

  await visit(page, "/admin/clients");
  const filters = page.getByRole("search", { name: t.agency.clients.search });
  await filters.getByLabel(t.agency.clients.search).fill("Sorriso");
  await filters.getByRole("button", { name: t.agency.clients.apply }).click();
  await expect(page).toHaveURL(/\/admin\/clients\?q=Sorriso/);
  await page.getByRole("link", { name: "Clínica Sorriso Leve" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/clients/${basicSlug}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Clínica Sorriso Leve" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // View as Juliana, a member: a short reason is refused next to the field.
  await page.getByRole("button", { name: `${t.agency.viewAs.button}: Juliana Alves` }).click();
  const dialog = page.getByRole("dialog", { name: formatMessage(t.agency.viewAs.title, { name: "Juliana Alves" }) });
  await dialog.getByLabel(t.agency.viewAs.reason).fill("curto");
  await dialog.getByRole("button", { name: t.agency.viewAs.start }).click();
  await expect(dialog.getByText(t.validation.reason_too_short)).toBeVisible();
  await shot("view-as-reason-refused");
  await dialog.getByLabel(t.agency.viewAs.reason).fill(reason);
  await dialog.getByLabel(t.agency.viewAs.duration).selectOption("15");
  await dialog.getByRole("button", { name: t.agency.viewAs.start }).click();

  await expect(page).toHaveURL(new RegExp(`/app/${basicSlug}$`));
  const banner = page.getByRole("region", {
    name: formatMessage(t.workspace.impersonation.title, { name: "Juliana Alves" }),
  });
  await expect(banner).toBeVisible();
  await expect(banner.getByText(formatMessage(t.workspace.impersonation.by, { name: "Sérgio Almeida" }))).toBeVisible();
  await expect(banner.getByText(t.workspace.impersonation.readOnly)).toBeVisible();
  await visit(page, `/app/${basicSlug}/tickets`);
  await expect(banner).toBeVisible();
  await visit(page, `/app/${basicSlug}/projects`);

  // A write in a read-only session: the database refuses it and the form says why; nothing is created.
  await visit(page, `/app/${basicSlug}/tickets/new`);
  const subject = `Tentativa durante ver como ${Date.now().toString(36)}`;
  await page.getByLabel(t.tickets.form.subject, { exact: true }).fill(subject);
  await page.getByLabel(t.tickets.form.descriptionLabel, { exact: true }).fill("Isto não deve ser criado.");
  await page.getByRole("button", { name: t.tickets.form.submit }).click();
  await expect(page.getByText(t.errors.read_only_impersonation)).toBeVisible();
  await shot("read-only-refused");
  const created = await database((sql) => sql`select 1 from public.support_tickets where subject = ${subject}`);
  expect(created).toHaveLength(0);

  // The admin is closed until Stop.
  await page.goto("/admin");
  await expect(page).toHaveURL(new RegExp(`/app/${basicSlug}$`));
  await banner.getByRole("button", { name: t.workspace.impersonation.stop }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(banner).toHaveCount(0);

  await visit(page, `/admin/audit?org=${basicSlug}&viewAs=1`);
  const entry = page.getByRole("listitem").filter({ hasText: "impersonation_sessions" }).first();
  await expect(entry).toBeVisible();
  await entry.getByText(t.agency.audit.diff).click();
  await expect(entry.getByText(reason).first()).toBeVisible();
  await shot("audit-view-as");
  await signOut(page);

  // The client's owner sees the session in the organization's settings.
  await signInAs(page, "camila@arco.local");
  await visit(page, `/app/${basicSlug}/settings`);
  const panel = page
    .locator("section")
    .filter({ has: page.getByRole("heading", { level: 2, name: t.agency.clientActivity.title }) });
  const session = panel.getByRole("listitem").filter({ hasText: reason });
  await expect(
    session.getByText(
      formatMessage(t.agency.clientActivity.entry, { staff: "Sérgio Almeida", member: "Juliana Alves" }),
    ),
  ).toBeVisible();
  await session.scrollIntoViewIfNeeded();
  await shot("owner-activity");
});

test("the SLA queue puts a breached ticket first, and the first reply sets the first response", async ({
  page,
  shot,
}) => {
  test.setTimeout(120_000);
  const subject = `Agenda online fora do ar ${Date.now().toString(36)}`;
  const [ticket] = await database(
    (sql) => sql<{ id: string }[]>`
      insert into public.support_tickets (org_id, subject, priority, created_by, created_at)
      select o.id, ${subject}, 'urgent', u.id, now() - interval '3 years'
      from public.organizations o, auth.users u
      where o.slug = ${basicSlug} and u.email = 'juliana@arco.local'
      returning id`,
  );
  await database(
    (sql) => sql`update public.support_tickets set created_at = now() - interval '3 years' where id = ${ticket!.id}`,
  );

  await signInAs(page, demoStaffEmail);
  await visit(page, "/admin/tickets");
  const rows = page.getByRole("region", { name: t.agency.tickets.tableLabel }).getByRole("row");
  await expect(rows.nth(1)).toContainText(subject);
  await expect(rows.nth(1)).toContainText(t.tickets.sla.badges.breached);
  await visit(page, "/admin/tickets?view=breached");
  await expect(rows.nth(1)).toContainText(subject);

  await rows.nth(1).getByRole("link", { name: subject }).click();
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel(t.agency.ticket.internal).check();
  await page.getByLabel(t.agency.ticket.replyLabel).fill("Verificando com a hospedagem.");
  await page.getByRole("button", { name: t.tickets.reply.submit }).click();
  await expect(page.getByText(t.tickets.conversation.internalBadge, { exact: true })).toBeVisible();
  const [afterNote] = await database(
    (sql) => sql<{ answered: boolean }[]>`
      select first_response_at is not null as answered from public.support_tickets where id = ${ticket!.id}`,
  );
  expect(afterNote!.answered).toBe(false);

  await page.getByLabel(t.agency.ticket.replyLabel).fill("Já está no ar de novo. Pode conferir?");
  await page.getByRole("button", { name: t.tickets.reply.submit }).click();
  await expect(page.getByText("Já está no ar de novo. Pode conferir?")).toBeVisible();
  const [afterReply] = await database(
    (sql) => sql<{ answered: boolean }[]>`
      select first_response_at is not null as answered from public.support_tickets where id = ${ticket!.id}`,
  );
  expect(afterReply!.answered).toBe(true);
  await shot("first-response");

  await page.getByLabel(t.agency.ticket.changeStatus).selectOption("resolved");
  await page.getByRole("button", { name: t.agency.ticket.save }).click();
  await expect(page.getByText(t.agency.ticket.statusSaved)).toBeVisible();
});

const agencyPages = [
  "/admin",
  "/admin/clients",
  `/admin/clients/${basicSlug}`,
  "/admin/tickets",
  "/admin/leads",
  "/admin/revenue",
  "/admin/audit",
  "/admin/jobs",
  "/admin/staff?email=juliana@arco.local",
];

test("every agency page answers, fits the screen and passes axe on a desktop", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, demoStaffEmail);
  for (const path of agencyPages) await visit(page, path);
  // The leads export is a CSV of consented leads only.
  const csv = await page.request.get("/admin/leads/export");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).split("\n")[0]).toContain("email,name,company,url");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the agency pages fit the screen and pass axe", async ({ page }) => {
    test.setTimeout(180_000);
    await signInAs(page, demoStaffEmail);
    for (const path of agencyPages) await visit(page, path);
  });
});
