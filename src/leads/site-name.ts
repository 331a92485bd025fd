/** How a site is named in an email: its host (`example.com`), or null when there is no usable URL. */
export function siteName(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url.includes("://") ? url : `https://${url}`).hostname || null;
  } catch {
    return null;
  }
}
