/** Where a signed-in user goes when no (valid) destination was asked for. */
export const defaultNextPath = "/app";

const probeOrigin = "http://next.invalid";

/**
 * Accepts a post-sign-in destination only if it is a path on this site, so a crafted `?next=` cannot turn
 * the sign-in flow into an open redirect (`//evil.com`, `/\evil.com`, `https://…`, `javascript:` all fail).
 *
 * The raw string is vetted, and so is what it normalises to: dot segments collapse (`/.//evil.com`,
 * `/..//evil.com` and `/%2e//evil.com` all become `//evil.com`), and the normalised form is what lands in the
 * Location header, where a leading `//` would be read as another host.
 */
export function safeNextPath(candidate: string | null | undefined): string {
  if (typeof candidate !== "string" || candidate.length > 2048) return defaultNextPath;
  // Browsers treat backslashes like slashes and ignore tabs/newlines in URLs, so `/\evil.com` would escape.
  if (!isPathOnly(candidate) || /[\\\u0000-\u001f\u007f]/.test(candidate)) return defaultNextPath;
  const url = new URL(candidate, probeOrigin);
  if (url.origin !== probeOrigin) return defaultNextPath;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!isPathOnly(path) || !resolvesToItself(path) || isAuthPage(url.pathname)) return defaultNextPath;
  return path;
}

/** A path-absolute reference: one leading slash, not followed by another slash or a backslash. */
function isPathOnly(value: string): boolean {
  return value.startsWith("/") && value[1] !== "/" && value[1] !== "\\";
}

/** The browser resolves the Location against this site; the result must be this very path, nothing else. */
function resolvesToItself(path: string): boolean {
  const again = new URL(path, probeOrigin);
  return again.origin === probeOrigin && `${again.pathname}${again.search}${again.hash}` === path;
}

/** Signing in to land on a sign-in page again would loop (a signed-in visitor is sent on to `next`). */
function isAuthPage(pathname: string): boolean {
  const decoded = safeDecode(pathname).toLowerCase();
  return ["/sign-in", "/sign-up", "/auth", "/mfa"].some((page) => decoded === page || decoded.startsWith(`${page}/`));
}

/** The router matches decoded paths, so `/%73ign-in` is the sign-in page too. */
function safeDecode(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
