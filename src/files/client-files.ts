/** The private bucket of the file store; object keys are `<org_id>/<uuid>/<name segment>`. */
export const clientFilesBucket = "client-files";

/** How long a download or preview link works: it is signed at the moment of the click. */
export const FILE_URL_LIFETIME_SECONDS = 60;

/** What the browser previews in a dialog: images (as <img>, inert whatever they hold) and PDFs. */
export function previewKind(mimeType: string | null): "image" | "pdf" | null {
  const type = (mimeType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "application/pdf") return "pdf";
  if (/^image\/(png|jpeg|gif|webp|avif|bmp|svg\+xml)$/.test(type)) return "image";
  return null;
}
