import type { Locator, Page } from "@playwright/test";
import { en } from "../../src/i18n/en";
import { formatMessage } from "../../src/i18n/format-message";
import { localeCookieName } from "../../src/i18n/locales";
import { ptBR } from "../../src/i18n/pt-BR";
import { signInAs } from "./support/auth-steps";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { png } from "./support/png";
import { expect, test } from "./support/test";

/**
 * The file store against the seeded stack: the Pro store's owner makes a folder, uploads three files (two
 * through the file picker, one dragged in) and watches each one's progress, previews a PDF and an image, renames
 * one file, moves one into a subfolder and deletes one, while the storage meter follows; a member is offered no
 * deletion; the pages pass axe and fit a 390 px phone.
 */

const t = ptBR.files;
const slug = "moda-viva";

test.use({ viewport: { width: 1366, height: 900 } });

/** Opens a page: 200, one h1, no serious accessibility violation, nothing wider than the screen. */
async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await checkPage(page);
}

async function checkPage(page: Page) {
  await expectNoSeriousAxeViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${page.url()} is wider than the screen`).toBeLessThanOrEqual(1);
}

/** The bytes the storage meter shows as used. */
async function meterBytes(page: Page): Promise<number> {
  return Number(await page.getByRole("meter", { name: t.storage.label }).getAttribute("aria-valuenow"));
}

/** A one-page PDF with a line of text, padded with a comment so its upload takes a moment. */
function pdf(text: string, padding: number): Buffer {
  const stream = `BT /F1 36 Tf 72 700 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = `%PDF-1.4\n%${"x".repeat(padding)}\n`;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(out.length);
    out += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

function row(page: Page, name: string): Locator {
  return page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: false }) });
}

async function openMenu(page: Page, name: string, menu = t.actions.menu) {
  await page.getByRole("button", { name: formatMessage(menu, { name }), exact: true }).click();
}

/** A file's name in the list, which opens its preview (its row's menu button also mentions the name). */
function previewButton(page: Page, name: string): Locator {
  return page.getByRole("button", { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) });
}

test("the owner uploads three files with progress, previews, renames, moves and deletes; the meter follows", async ({
  page,
  shot,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const folderName = `Entrega ${stamp}`;
  const brief = {
    name: "Briefing da campanha.pdf",
    mimeType: "application/pdf",
    buffer: pdf("Briefing da campanha", 1_500_000),
  };
  const photo = { name: "Vitrine de inverno.png", mimeType: "image/png", buffer: png(640, 400) };
  const sheet = { name: "Estoque.csv", mimeType: "text/csv", buffer: Buffer.from("sku;nome;qtd\n".repeat(60_000)) };

  await signInAs(page, "demo@arco.local");
  await visit(page, `/app/${slug}/files`);
  await expect(page.getByRole("heading", { level: 1, name: t.title })).toBeVisible();
  await expect(page.getByRole("link", { name: ptBR.app.nav.files })).toHaveAttribute("aria-current", "page");

  // A folder of this run's own, so the seeded files and other runs stay out of the way.
  await page.getByRole("button", { name: t.actions.newFolder }).click();
  const newFolder = page.getByRole("dialog", { name: t.folderForm.createTitle });
  await newFolder.getByLabel(t.folderForm.name).fill(folderName);
  await newFolder.getByRole("button", { name: t.folderForm.create }).click();
  await expect(newFolder).toHaveCount(0);
  await expect(page.getByText(formatMessage(t.done.folderCreated, { name: folderName }))).toBeVisible();
  await page.getByRole("link", { name: folderName }).click();
  await expect(page.getByRole("heading", { level: 1, name: folderName })).toBeVisible();
  const folderUrl = page.url();
  await expect(page.getByRole("navigation", { name: ptBR.workspace.breadcrumbsLabel })).toContainText(t.rootCrumb);
  await expect(page.getByText(t.empty.folderTitle)).toBeVisible();
  await checkPage(page);
  await shot("empty-folder");

  const before = await meterBytes(page);
  // Slow the uplink down so each file's progress can be seen moving.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 20,
    downloadThroughput: -1,
    uploadThroughput: 1_000_000,
  });

  await page.getByTestId("file-picker").setInputFiles([brief, photo]);
  // The third is dragged in from the computer.
  const dataTransfer = await page.evaluateHandle(
    ({ name, mimeType, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: mimeType }));
      return transfer;
    },
    { name: sheet.name, mimeType: sheet.mimeType, text: sheet.buffer.toString("utf8") },
  );
  await page.getByTestId("upload-area").dispatchEvent("dragenter", { dataTransfer });
  await expect(page.getByText(formatMessage(t.upload.dropping, { folder: folderName }))).toBeVisible();
  await page.getByTestId("upload-area").dispatchEvent("drop", { dataTransfer });

  const progress = page.getByRole("progressbar", { name: formatMessage(t.upload.progress, { name: brief.name }) });
  await expect(progress).toBeVisible();
  // One reading part-way (a second reading could already be 100 on a busy machine).
  await expect
    .poll(
      async () => {
        const percent = Number(await progress.getAttribute("aria-valuenow"));
        return percent > 5 && percent < 100;
      },
      { timeout: 20_000, intervals: [50] },
    )
    .toBe(true);
  await expect(
    page.getByRole("button", { name: formatMessage(t.upload.cancelFor, { name: brief.name }) }),
  ).toBeVisible();
  await shot("uploading");

  const uploads = page.locator("[data-upload-status]");
  await expect(uploads).toHaveCount(3);
  await expect(page.locator('[data-upload-status="done"]')).toHaveCount(3, { timeout: 60_000 });

  // A fourth, cancelled halfway: nothing of it is kept.
  const video = { name: "Making of.mp4", mimeType: "video/mp4", buffer: Buffer.alloc(4_000_000, 7) };
  await page.getByTestId("file-picker").setInputFiles([video]);
  const videoProgress = page.getByRole("progressbar", { name: formatMessage(t.upload.progress, { name: video.name }) });
  await expect
    .poll(async () => Number(await videoProgress.getAttribute("aria-valuenow")), { timeout: 20_000, intervals: [50] })
    .toBeGreaterThan(0);
  await page.getByRole("button", { name: formatMessage(t.upload.cancelFor, { name: video.name }) }).click();
  await expect(page.locator(`[data-upload-status="cancelled"]`)).toContainText(t.upload.status.cancelled);
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  for (const file of [brief, photo, sheet]) await expect(row(page, file.name)).toBeVisible();
  await expect(row(page, video.name)).toHaveCount(0);
  const uploaded = brief.buffer.length + photo.buffer.length + sheet.buffer.length;
  await expect.poll(() => meterBytes(page)).toBe(before + uploaded);
  await checkPage(page);
  await shot("uploaded");

  // Previews: the PDF in the browser's viewer, the image inline.
  const pdfLoaded = page.waitForResponse((response) => response.url().includes("/storage/v1/object/sign/"));
  await previewButton(page, brief.name).click();
  const pdfDialog = page.getByRole("dialog", { name: formatMessage(t.preview.title, { name: brief.name }) });
  await expect(pdfDialog.locator("iframe")).toBeVisible();
  const pdfResponse = await pdfLoaded;
  expect(pdfResponse.status()).toBe(200);
  expect(pdfResponse.headers()["content-type"]).toBe("application/pdf");
  expect(pdfResponse.headers()["content-disposition"]).toBeUndefined();
  await page.waitForTimeout(1_500);
  await shot("pdf-preview");
  await page.keyboard.press("Escape");
  await expect(pdfDialog).toHaveCount(0);

  await previewButton(page, photo.name).click();
  const imageDialog = page.getByRole("dialog", { name: formatMessage(t.preview.title, { name: photo.name }) });
  const image = imageDialog.getByRole("img", { name: photo.name });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(640);
  await checkPage(page);
  await shot("image-preview");
  await imageDialog.getByRole("button", { name: t.dialog.close }).click();

  // Rename the spreadsheet.
  await openMenu(page, sheet.name);
  await page.getByRole("menuitem", { name: t.actions.rename }).click();
  const rename = page.getByRole("dialog", { name: t.fileForm.renameTitle });
  await rename.getByLabel(t.fileForm.name).fill("Estoque de inverno.csv");
  await rename.getByRole("button", { name: t.dialog.save }).click();
  await expect(page.getByText(formatMessage(t.done.renamed, { name: "Estoque de inverno.csv" }))).toBeVisible();
  await expect(row(page, "Estoque de inverno.csv")).toBeVisible();
  await expect(row(page, sheet.name)).toHaveCount(0);

  // Move the photo into a new subfolder.
  await page.getByRole("button", { name: t.actions.newFolder }).click();
  const subfolder = page.getByRole("dialog", { name: t.folderForm.createTitle });
  await subfolder.getByLabel(t.folderForm.name).fill("Fotos");
  await subfolder.getByRole("button", { name: t.folderForm.create }).click();
  await expect(row(page, "Fotos")).toBeVisible();
  await openMenu(page, photo.name);
  await page.getByRole("menuitem", { name: t.actions.move }).click();
  const move = page.getByRole("dialog", { name: formatMessage(t.moveForm.title, { name: photo.name }) });
  await move.getByLabel(t.moveForm.destination).selectOption({ label: `${folderName} / Fotos` });
  await shot("move-dialog");
  await move.getByRole("button", { name: t.moveForm.submit }).click();
  await expect(page.getByText(formatMessage(t.done.moved, { name: photo.name }))).toBeVisible();
  await expect(row(page, photo.name)).toHaveCount(0);
  await expect(row(page, "Fotos")).toContainText(formatMessage(t.table.items.one, { count: 1 }));

  // Delete the briefing: its bytes leave the meter.
  await openMenu(page, brief.name);
  await page.getByRole("menuitem", { name: t.actions.delete }).click();
  const remove = page.getByRole("dialog", { name: formatMessage(t.deleteForm.fileTitle, { name: brief.name }) });
  await shot("delete-dialog");
  await remove.getByRole("button", { name: t.deleteForm.confirm }).click();
  await expect(page.getByText(formatMessage(t.done.deleted, { name: brief.name }))).toBeVisible();
  await expect(row(page, brief.name)).toHaveCount(0);
  await expect.poll(() => meterBytes(page)).toBe(before + uploaded - brief.buffer.length);

  // The photo is in its subfolder, under the folder path.
  await page.getByRole("link", { name: "Fotos" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fotos" })).toBeVisible();
  const crumbs = page.getByRole("navigation", { name: ptBR.workspace.breadcrumbsLabel });
  await expect(crumbs.getByRole("link", { name: folderName })).toHaveAttribute("href", new URL(folderUrl).pathname);
  await expect(row(page, photo.name)).toBeVisible();
  await checkPage(page);
  await shot("subfolder");
});

test("a member sees everything but is offered no deletion, and an empty or misnamed file is refused in words", async ({
  page,
  shot,
}) => {
  await signInAs(page, "fernanda@arco.local");
  await visit(page, `/app/${slug}/files`);
  const someone = page.locator("[data-file-row]").first();
  const name = (await someone.getAttribute("data-file-row"))!;
  await openMenu(page, name);
  await expect(page.getByRole("menuitem", { name: t.actions.download })).toBeVisible();
  await expect(page.getByRole("menuitem", { name: t.actions.delete })).toHaveCount(0);
  await page.keyboard.press("Escape");

  await page
    .getByTestId("file-picker")
    .setInputFiles([{ name: "vazio.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) }]);
  await expect(page.getByText(ptBR.validation.file_empty)).toBeVisible();
  await shot("refused-empty-file");
});

test("an unknown folder is a 404, and the pages fit a 390 px phone in English", async ({ page, baseURL, shot }) => {
  await signInAs(page, "demo@arco.local");
  expect((await page.goto(`/app/${slug}/files/00000000-0000-4000-8000-000000000000`))?.status()).toBe(404);
  expect((await page.goto(`/app/${slug}/files/not-a-folder`))?.status()).toBe(404);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.context().addCookies([{ name: localeCookieName, value: "en", url: baseURL! }]);
  await visit(page, `/app/${slug}/files`);
  await expect(page.getByRole("heading", { level: 1, name: en.files.title })).toBeVisible();
  await page.getByRole("link", { name: "Campanhas" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Campanhas" })).toBeVisible();
  await checkPage(page);
  await page.getByRole("link", { name: "Coleção Verão" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Coleção Verão" })).toBeVisible();
  await checkPage(page);
  await openMenu(page, "Filme Verão 4K.mp4", en.files.actions.menu);
  await expect(page.getByRole("menuitem", { name: en.files.actions.download })).toBeVisible();
  await shot("phone-menu");
});

test("a large file goes up resumably in 6 MB chunks and carries on after a dropped connection", async ({ page }) => {
  test.setTimeout(120_000);
  const backup = {
    name: `Backup do site ${Date.now().toString(36)}.zip`,
    mimeType: "application/zip",
    buffer: Buffer.alloc(13 * 1024 * 1024, 3),
  };
  await signInAs(page, "demo@arco.local");
  await visit(page, `/app/${slug}/files`);
  // The connection drops once, in the middle of the second chunk.
  const offsets: number[] = [];
  let dropped = false;
  await page.route("**/storage/v1/upload/resumable/sign/*", async (route) => {
    const request = route.request();
    if (request.method() === "PATCH") {
      const offset = Number(request.headers()["upload-offset"]);
      offsets.push(offset);
      if (offset > 0 && !dropped) {
        dropped = true;
        return route.abort("connectionreset");
      }
    }
    return route.continue();
  });
  await page.getByTestId("file-picker").setInputFiles([backup]);
  const row = page.locator("[data-upload-status]").filter({ hasText: backup.name });
  await expect(row).toHaveAttribute("data-upload-status", "done", { timeout: 90_000 });
  await expect(page.locator(`[data-file-row="${backup.name}"]`)).toBeVisible();
  // Three chunks, the second sent again after the drop: nothing started over from the first byte.
  expect(dropped).toBe(true);
  expect(offsets).toEqual([0, 6 * 1024 * 1024, 6 * 1024 * 1024, 12 * 1024 * 1024]);
});
