import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { en } from "../../src/i18n/en";
import { formatMessage } from "../../src/i18n/format-message";
import { formatters } from "../../src/i18n/formatters";
import { localeCookieName } from "../../src/i18n/locales";
import { ptBR } from "../../src/i18n/pt-BR";
import { signInAs } from "./support/auth-steps";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { database } from "./support/database";
import { expect, test } from "./support/test";

/**
 * The support tickets of the client dashboard, against the seeded stack: a client opens a ticket, the agency
 * answers (written straight into the database, as the agency's own tools would), the client sees the reply
 * and the SLA met, replies, closes and reopens; the month's limit; the pages on a phone, in English.
 */

const t = ptBR.tickets;
const uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

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

async function ticketsUsedThisMonth(slug: string): Promise<number> {
  const [row] = await database(
    (sql) => sql<{ used: number }[]>`
      select coalesce((select c.value::int from public.usage_counters c
        where c.org_id = o.id and c.metric = 'tickets' and c.period = private.usage_period(o.id)), 0) as used
      from public.organizations o where o.slug = ${slug}`,
  );
  return row!.used;
}

async function setTicketsUsedThisMonth(slug: string, value: number) {
  await database(
    (sql) => sql`
      insert into public.usage_counters (org_id, metric, period, value)
      select o.id, 'tickets', private.usage_period(o.id), ${value} from public.organizations o where o.slug = ${slug}
      on conflict (org_id, metric, period) do update set value = excluded.value`,
  );
}

test("a client opens a ticket, the agency answers within the SLA, the client replies and closes it", async ({
  page,
  shot,
}) => {
  test.setTimeout(120_000);
  const subject = `Checkout recusa cartões Elo ${Date.now().toString(36)}`;
  // Fernanda is a member of the Pro store (first response within 4 h).
  await signInAs(page, "fernanda@arco.local");
  await visit(page, "/app/moda-viva/tickets");
  await expect(page.getByRole("main").getByText(formatMessage(t.stats.planSlaHint, { plan: "Pro" }))).toBeVisible();

  await page.getByRole("main").getByRole("link", { name: t.newTicket }).click();
  await expect(page).toHaveURL(/\/app\/moda-viva\/tickets\/new$/);
  await expect(page.getByRole("heading", { level: 1, name: t.form.title })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Sent empty, the form says what is missing, next to each field.
  await page.getByRole("button", { name: t.form.submit }).click();
  await expect(page.getByText(t.form.subjectRequired)).toBeVisible();
  await expect(page.getByText(t.form.descriptionRequired)).toBeVisible();
  await expect(page.getByLabel(t.form.subject, { exact: true })).toHaveAttribute("aria-invalid", "true");
  await shot("new-ticket-errors");

  await page.getByLabel(t.form.subject, { exact: true }).fill(subject);
  await page
    .getByLabel(t.form.descriptionLabel, { exact: true })
    .fill("Desde hoje cedo, pagamentos com cartão Elo voltam como recusados no checkout.\nVisa e Master funcionam.");
  await page.getByLabel(t.form.priority, { exact: true }).selectOption("high");
  await page.getByLabel(t.form.project, { exact: true }).selectOption({ label: "Redesign do checkout" });
  // The receipt goes to Storage as soon as it is picked; the message names it when sent.
  const receipt = {
    name: "comprovante recusa.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4 recusa"),
  };
  await page.getByTestId("attachment-picker").setInputFiles([receipt]);
  await expect(page.locator('[data-upload-status="done"]')).toContainText(receipt.name);
  await shot("new-ticket-attachment");
  await page.getByRole("button", { name: t.form.submit }).click();

  await expect(page).toHaveURL(new RegExp(`/app/moda-viva/tickets/${uuid}$`));
  const ticketId = page.url().split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1, name: subject })).toBeVisible();
  await expect(page.getByText(t.sla.badges.due)).toBeVisible();
  await expect(page.getByRole("link", { name: "Redesign do checkout" })).toBeVisible();
  const attachment = page.getByRole("link", {
    name: `${t.conversation.download} ${receipt.name} ${formatters("pt-BR").bytes(15)}`,
  });
  const [download] = await Promise.all([page.waitForEvent("download"), attachment.click()]);
  expect(download.suggestedFilename()).toBe(receipt.name);
  expect((await readFile(await download.path())).toString()).toBe("%PDF-1.4 recusa");
  await expectNoSeriousAxeViolations(page);

  // The agency's first public reply (and an internal note the client must never see).
  await database(
    (sql) => sql`
      insert into public.ticket_messages (ticket_id, org_id, author_id, body, is_internal)
      select t.id, t.org_id, s.id, v.body, v.internal
      from public.support_tickets t, auth.users s,
        (values ('Olá, Fernanda! Estamos verificando com a adquirente; retorno em até uma hora.', false),
                ('Nota interna: checar a chave do Elo no gateway.', true)) v (body, internal)
      where t.id = ${ticketId} and s.email = 'staff@arco.local'`,
  );
  await page.reload();
  const reply = page.getByRole("listitem").filter({ hasText: "Estamos verificando com a adquirente" });
  await expect(reply).toContainText(t.conversation.agencyName);
  await expect(reply).toContainText(t.conversation.agencyBadge);
  await expect(page.getByText("Nota interna")).toHaveCount(0);
  await expect(page.getByText(t.sla.badges.met)).toBeVisible();
  await shot("ticket-answered-sla-met");

  await page.getByLabel(t.reply.label, { exact: true }).fill("Obrigada! Fico no aguardo.");
  await page.getByRole("button", { name: t.reply.submit }).click();
  await expect(page.getByText(t.reply.sent)).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Fico no aguardo" })).toContainText(t.conversation.you);
  await expect(page.getByLabel(t.reply.label, { exact: true })).toHaveValue("");

  // Solved on her side: she closes it; the reply field gives way to reopening.
  await page.getByRole("button", { name: t.actions.close }).click();
  await expect(page.getByRole("heading", { name: t.finished.closedTitle })).toBeVisible();
  await expect(page.getByLabel(t.reply.label, { exact: true })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  await shot("ticket-closed");
  await page.getByRole("button", { name: t.actions.reopen }).click();
  await expect(page.getByLabel(t.reply.label, { exact: true })).toBeVisible();
  await page.getByRole("button", { name: t.actions.close }).click();
  await expect(page.getByRole("heading", { name: t.finished.closedTitle })).toBeVisible();

  await visit(page, "/app/moda-viva/tickets?status=closed");
  await expect(page.getByRole("link", { name: new RegExp(subject) })).toBeVisible();
});

test("at the month's limit the form gives way to the reset date and the upgrade, also when another tab wins", async ({
  page,
  shot,
}) => {
  const slug = "padaria-pao-dourado";
  const before = await ticketsUsedThisMonth(slug);
  const [{ resets }] = await database(
    (sql) => sql<[{ resets: Date }]>`
      select (date_trunc('month', now() at time zone time_zone) + interval '1 month') at time zone time_zone as resets
      from public.organizations where slug = ${slug}`,
  );
  const resetsOn = formatters("pt-BR", "America/Sao_Paulo").date(resets);
  try {
    await signInAs(page, "rafael@arco.local");
    // The Free plan allows 15 tickets a month.
    await setTicketsUsedThisMonth(slug, 15);
    await visit(page, `/app/${slug}/tickets`);
    await expect(page.getByText(formatMessage(t.stats.atLimit, { date: resetsOn }))).toBeVisible();
    await visit(page, `/app/${slug}/tickets/new`);
    await expect(
      page.getByText(formatMessage(t.limit.message, { used: "15", limit: "15", plan: "Free" })),
    ).toBeVisible();
    await expect(page.getByText(formatMessage(t.limit.body, { date: resetsOn }))).toBeVisible();
    await expect(page.getByRole("link", { name: ptBR.workspace.limits.upgradeCta })).toHaveAttribute(
      "href",
      `/app/${slug}/billing`,
    );
    await expect(page.getByRole("button", { name: t.form.submit })).toHaveCount(0);

    // One ticket left when the form opens; another tab takes it before this one is sent.
    await setTicketsUsedThisMonth(slug, 14);
    await visit(page, `/app/${slug}/tickets/new`);
    await page.getByLabel(t.form.subject, { exact: true }).fill("Trocar o telefone do rodapé");
    await page.getByLabel(t.form.descriptionLabel, { exact: true }).fill("O número novo é (11) 4000-1234.");
    await setTicketsUsedThisMonth(slug, 15);
    await page.getByRole("button", { name: t.form.submit }).click();
    await expect(page.getByRole("heading", { name: t.limit.title })).toBeVisible();
    await expect(page.getByText(formatMessage(t.limit.body, { date: resetsOn }))).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/app/${slug}/tickets/new$`));
    await shot("limit-reached-after-race");
  } finally {
    await setTicketsUsedThisMonth(slug, before);
  }
});

test("on a phone, in English: the list, its filters, the form and a ticket fit 390 px", async ({
  page,
  baseURL,
  shot,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "demo@arco.local");
  await page.context().addCookies([{ name: localeCookieName, value: "en", url: baseURL! }]);
  await visit(page, "/app/moda-viva/tickets");
  await expect(page.getByRole("heading", { level: 1, name: en.tickets.title })).toBeVisible();

  await page
    .getByRole("navigation", { name: en.tickets.filters.status })
    .getByRole("link", {
      name: new RegExp(en.tickets.statuses.waiting_client),
    })
    .click();
  await expect(page).toHaveURL(/status=waiting_client/);
  await expect(page.getByRole("link", { name: /Fotos da coleção primavera/ })).toBeVisible();
  await page.getByRole("searchbox", { name: en.tickets.filters.search }).fill("nota fiscal");
  await page.getByRole("button", { name: en.tickets.filters.apply }).click();
  await expect(page).toHaveURL(/q=nota\+fiscal/);
  await expect(page.getByRole("link", { name: /Segunda via da nota fiscal/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /Fotos da coleção primavera/ })).toHaveCount(0);

  await page.getByRole("link", { name: /Segunda via da nota fiscal/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Segunda via da nota fiscal" })).toBeVisible();
  await visit(page, page.url());
  await expect(page.getByText(en.tickets.reply.waiting)).toBeVisible();
  await shot("phone-ticket-waiting-on-client");

  await visit(page, "/app/moda-viva/tickets/new");
  await expect(page.getByRole("heading", { level: 1, name: en.tickets.form.title })).toBeVisible();

  // Closed months ago: too late to reopen, so the page points to a new ticket.
  await visit(page, "/app/moda-viva/tickets?status=closed&q=Cupom");
  await page.getByRole("link", { name: /Cupom de primeira compra/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cupom de primeira compra não aplica" })).toBeVisible();
  await visit(page, page.url());
  await expect(page.getByRole("link", { name: en.tickets.finished.newTicket })).toBeVisible();
  await expect(page.getByRole("button", { name: en.tickets.actions.reopen })).toHaveCount(0);
});

test("another client's ticket, or a malformed id, is a 404 under your organization", async ({ page }) => {
  const [{ id }] = await database(
    (sql) => sql<[{ id: string }]>`
      select t.id from public.support_tickets t join public.organizations o on o.id = t.org_id
      where o.slug = 'grupo-aurora' order by t.number limit 1`,
  );
  await signInAs(page, "demo@arco.local");
  expect((await page.goto(`/app/moda-viva/tickets/${id}`))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: ptBR.notFound.title })).toBeVisible();
  expect((await page.goto("/app/moda-viva/tickets/not-a-uuid"))?.status()).toBe(404);
});
