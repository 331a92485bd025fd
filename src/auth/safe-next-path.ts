/** Where a signed-in user goes when no (valid) destination was asked for. */
export const defaultNextPath = "/app";

const probeOrigin = "http://next.invalid";

/**
 * Accepts a post-sign-in destination only if it is a path on this site, so a crafted `?next=` cannot turn
 * the sign-in flow into an open redirect (`//evil.com`, `/\evil.com`, `https://…`, `javascript:` all fail).
 */
export function safeNextPath(candidate: string | null | undefined): string {
  if (typeof candidate !== "string" || candidate.length > 2048) return defaultNextPath;
  // Browsers treat backslashes like slashes and ignore tabs/newlines in URLs, so `/\evil.com` would escape.
  if (!candidate.startsWith("/") || candidate.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(candidate)) {
    return defaultNextPath;
  }
  const url = new URL(candidate, probeOrigin);
  if (url.origin !== probeOrigin || isAuthPage(url.pathname)) return defaultNextPath;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Signing in to land on a sign-in page again would loop (a signed-in visitor is sent on to `next`). */
function isAuthPage(pathname: string): boolean {
  return ["/sign-in", "/sign-up", "/auth"].some((page) => pathname === page || pathname.startsWith(`${page}/`));
}
