import { readFileSync } from "node:fs";
import { formatMessage } from "../../src/i18n/format-message";
import { ptBR as t } from "../../src/i18n/pt-BR";
import { startFixtureSites, type FixtureSites } from "../integration/analyzer/fixture-sites";
import { pdfVisibleText } from "../unit/analyzer-pages/pdf-text";
import { uniqueEmail } from "./support/e2e-env";
import { latestEmailTo, type MailboxMessage } from "./support/mailbox";
import { expect, test } from "./support/test";

const copy = t.analyzerPages;
const host = "127.0.0.1";
const mobile = { width: 390, height: 844 };

/** The newest email to `to` whose text matches `pattern` (other emails to the same address may arrive first). */
async function emailMatching(to: string, pattern: RegExp): Promise<{ message: MailboxMessage; match: string }> {
  let found: { message: MailboxMessage; match: string } | undefined;
  await expect
    .poll(
      async () => {
        const message = await latestEmailTo(to);
        const match = message.text.match(pattern)?.[0];
        found = match ? { message, match } : undefined;
        return match;
      },
      { message: `an email to ${to} matching ${pattern}`, timeout: 30_000 },
    )
    .toBeTruthy();
  return found!;
}

let sites: FixtureSites;
test.beforeAll(async () => {
  // The analyzer reaches this loopback site because the e2e app runs with ARCO_ANALYZER_ALLOW_LOOPBACK=1.
  sites = await startFixtureSites({ slowMs: 800 });
});
test.afterAll(async () => {
  await sites.close();
});

test("the analyzer funnel: submit, progress, scores, email, mailbox link, PDF, sign-up with the baseline", async ({
  page,
  shot,
}) => {
  test.setTimeout(240_000);
  const email = uniqueEmail("funnel");

  // 1. The form explains what it refuses before sending anything.
  await page.goto("/analyze?utm_source=e2e&utm_campaign=funnel");
  await expect(page.getByRole("heading", { level: 1, name: copy.analyze.title })).toBeVisible();
  const urlField = page.getByLabel(copy.analyze.urlLabel);
  await urlField.fill("intranet");
  await page.getByRole("checkbox").check();
  await page.getByRole("button", { name: copy.analyze.submit }).click();
  await expect(urlField).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(t.analyzerApi.messages.urlHost)).toBeVisible();
  await expect(page.getByText(copy.validation.emailRequired)).toBeVisible();
  await expect(urlField).toBeFocused();
  await shot("validation");
  await page.setViewportSize(mobile);
  await shot("analyze-mobile");
  await page.setViewportSize({ width: 1280, height: 860 });

  // 2. A real submission (no email yet): the report page follows the analysis as it runs.
  await page.getByRole("checkbox").uncheck();
  await urlField.fill(sites.url("/slow"));
  await page.getByRole("button", { name: copy.analyze.submit }).click();
  await expect(page).toHaveURL(/\/r\/[0-9a-f-]{36}$/);
  const reportPath = new URL(page.url()).pathname;
  const analysisId = reportPath.split("/").at(-1)!;

  const progressbar = page.getByRole("progressbar", { name: copy.progress.barLabel });
  await expect(progressbar).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 1, name: formatMessage(copy.progress.title, { host }) }),
  ).toBeVisible();
  await expect(progressbar).toHaveAttribute("aria-valuemin", "0");
  await expect(progressbar).toHaveAttribute("aria-valuemax", "100");
  await expect(progressbar).toHaveAttribute("aria-valuetext", /^\d+% — /);
  // The bar moves while we watch (polled about every second): past the claim (10) as Lighthouse loads the page
  // and gathers it, before the save (90). Which stage is shown then depends on the machine's speed.
  const { loading, auditing } = copy.progress.stages;
  await expect(progressbar).toHaveAttribute(
    "aria-valuetext",
    new RegExp(`^(1[1-9]|[2-8]\\d)% — (${loading}|${auditing})$`),
    { timeout: 60_000 },
  );
  await shot("progress");

  // 3. Done: the scores are public, the rest waits for an email.
  const reportHeading = page.getByRole("heading", { level: 1, name: formatMessage(copy.report.heading, { host }) });
  await expect(reportHeading).toBeVisible({ timeout: 120_000 });
  await expect(reportHeading).toBeFocused();
  for (const category of Object.values(copy.report.categories)) {
    await expect(page.getByText(new RegExp(`^${category}: (\\d{1,3} de 100|${copy.report.notScored})$`))).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: copy.report.metricsHeading })).toHaveCount(0);
  await expect(page.getByRole("link", { name: copy.report.downloadPdf })).toHaveCount(0);
  const refused = await page.request.get(`${reportPath}/pdf`);
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe("email_required");
  await shot("report-before-email");

  // 4. The email gate unlocks the full report in place.
  const gate = page.getByRole("region", { name: copy.gate.title });
  await gate.getByLabel(copy.analyze.emailLabel).fill(email);
  await gate.getByRole("checkbox").check();
  await gate.getByRole("button", { name: copy.gate.submit }).click();
  await expect(page.getByText(formatMessage(copy.gate.done, { email }))).toBeVisible();
  await expect(page.getByRole("heading", { name: copy.report.metricsHeading })).toBeFocused();
  for (const metric of Object.values(copy.report.metrics)) await expect(page.getByText(metric.name)).toBeVisible();
  await expect(page.getByRole("heading", { name: copy.report.opportunitiesHeading })).toBeVisible();
  await expect(page.getByRole("heading", { name: copy.report.auditsHeading })).toBeVisible();
  await expect(page.getByText(copy.report.pageWeight)).toBeVisible();
  await shot("report-after-email");

  // 5. The welcome email links to the same shareable report, which now opens in full.
  const { match: reportLink } = await emailMatching(email, /https?:\/\/[^\s"'<>]+\/r\/[0-9a-f-]{36}/);
  expect(new URL(reportLink).pathname).toBe(reportPath);
  await page.goto(reportLink);
  await expect(reportHeading).toBeVisible();
  await expect(page.getByRole("heading", { name: copy.report.metricsHeading })).toBeVisible();
  await page.setViewportSize(mobile);
  await shot("report-mobile");
  await page.setViewportSize({ width: 1280, height: 860 });

  // 6. The PDF: downloaded as a file, a real PDF about this host.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: copy.report.downloadPdf }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`arco-report-${host}.pdf`);
  const pdf = readFileSync((await download.path())!);
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const pdfText = pdfVisibleText(pdf);
  expect(pdfText).toContain(formatMessage(copy.pdf.title, { host }));
  expect(pdfText).toContain(sites.url("/slow"));

  // 7. "Get this monitored": sign-up prefilled with the email and carrying the analysis.
  await page.getByRole("link", { name: copy.cta.button }).click();
  await expect(page).toHaveURL(new RegExp(`/sign-up\\?.*analysis=${analysisId}`));
  const panel = page.getByRole("tabpanel", { name: t.auth.signUp.tabs.password });
  await expect(panel.getByLabel(t.common.email)).toHaveValue(email);
  await panel.getByLabel(t.common.password).fill("analyzer-funnel-2026");
  await panel.getByRole("button", { name: t.auth.signUp.passwordSubmit }).click();
  await expect(panel.getByText(t.auth.sent.title)).toBeVisible();
  const { match: confirmLink } = await emailMatching(email, /https?:\/\/[^\s"'<>]+\/auth\/v1\/verify\?[^\s"'<>]+/);
  await page.goto(confirmLink);

  // 8. No organization yet: create it (named after the analyzed host) and the analysis becomes its baseline.
  await expect(page).toHaveURL(/\/app(\?|$)/);
  const onboarding = page.getByRole("region", { name: copy.onboarding.title });
  await expect(onboarding.getByLabel(copy.onboarding.nameLabel)).toHaveValue(host);
  await expect(onboarding.getByText(formatMessage(copy.onboarding.importNote, { host }))).toBeVisible();
  await shot("create-organization");
  await onboarding.getByLabel(copy.onboarding.nameLabel).fill("Padaria Fixture");
  await onboarding.getByRole("button", { name: copy.onboarding.submit }).click();

  const baseline = page.getByRole("region", { name: formatMessage(copy.onboarding.baselineTitle, { project: host }) });
  await expect(baseline).toBeVisible();
  // The new organization's overview, the analysis as its first project's baseline.
  await expect(page).toHaveURL(/\/app\/padaria-fixture$/);
  await expect(
    baseline.getByText(new RegExp(`^${copy.report.categories.performance}: \\d{1,3} de 100$`)),
  ).toBeVisible();
  await expect(baseline.getByText(copy.report.metrics.lcp.name)).toBeVisible();
  await shot("baseline-imported");
});

test("a page that cannot be analyzed ends with a reason the visitor understands", async ({ page, shot }) => {
  test.setTimeout(120_000);
  await page.goto("/analyze");
  await page.getByLabel(copy.analyze.urlLabel).fill(sites.url("/missing-page"));
  await page.getByRole("button", { name: copy.analyze.submit }).click();
  await expect(page).toHaveURL(/\/r\/[0-9a-f-]{36}$/);
  const failedHeading = page.getByRole("heading", { level: 1, name: formatMessage(copy.failed.title, { host }) });
  // A 404 fails within moments, often before the report page first renders: no progress to watch then.
  await expect(failedHeading).toBeVisible({ timeout: 90_000 });
  await expect(page.getByText(formatMessage(t.analysisFailures.http_status, { status: "404" }))).toBeVisible();
  await expect(page.getByRole("button", { name: copy.failed.tryAgain })).toBeEnabled();
  await expect(page.getByRole("link", { name: copy.failed.analyzeAnother })).toHaveAttribute("href", "/analyze");
  await shot("failed");
});

test("an unknown report id is a proper 404 page", async ({ page }) => {
  const response = await page.goto("/r/00000000-0000-4000-8000-000000000000");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: copy.notFound.title })).toBeVisible();
  await expect(page.getByRole("link", { name: copy.notFound.action })).toHaveAttribute("href", "/analyze");
  const malformed = await page.goto("/r/not-a-report");
  expect(malformed?.status()).toBe(404);
});
