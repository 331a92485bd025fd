/**
 * The origin that email links and identity providers return to. The browser's own origin (the request's
 * Origin header) is preferred, as the PKCE verifier cookie only exists there, but only when it is the app's
 * origin or a loopback alias of it (`localhost` for `127.0.0.1`, same scheme and port). Anything else, which
 * a request made outside a browser can claim freely, falls back to the app's configured URL, so a forged
 * Origin cannot make the app mail a link that leads elsewhere.
 */
export function linkOrigin(requestOrigin: string | null | undefined, appUrl: string): string {
  const app = new URL(appUrl);
  const requested = parseOrigin(requestOrigin);
  if (!requested || requested.protocol !== app.protocol || requested.port !== app.port) return app.origin;
  const sameHost =
    requested.hostname === app.hostname || (isLoopbackName(requested.hostname) && isLoopbackName(app.hostname));
  return sameHost ? requested.origin : app.origin;
}

function parseOrigin(value: string | null | undefined): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

function isLoopbackName(hostname: string): boolean {
  return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]";
}
