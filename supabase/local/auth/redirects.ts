import type { AuthConfig, AuthRequest } from "./env.ts";
import type { AuthError } from "./errors.ts";
import { isRedirectAllowed } from "./redirect-allow-list.ts";

/** The requested redirect if allowed, else the Referer if allowed, else the site URL. */
export function resolveRedirect(
  config: AuthConfig,
  requested: string | null | undefined,
  referer?: string | null,
): string {
  if (requested && isRedirectAllowed(config, requested)) return requested;
  if (referer && isRedirectAllowed(config, referer)) return referer;
  return config.site_url;
}

/** Where a request wants to land afterwards: its `redirect_to` query (or body value), validated. */
export function requestRedirect(config: AuthConfig, request: AuthRequest, bodyValue?: string | null): string {
  const requested = request.url.searchParams.get("redirect_to") || bodyValue;
  return resolveRedirect(config, requested, request.req.headers.get("referer"));
}

/** `url` with `params` added to its query string (existing parameters kept). */
export function withQuery(url: string, params: Record<string, string>): string {
  const target = new URL(url);
  for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
  return target.toString();
}

/** `url` with its fragment replaced by the form-encoded `params`, keys sorted as Go's url.Values does. */
export function withFragment(url: string, params: Record<string, string>): string {
  const target = new URL(url);
  const sorted = Object.entries(params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  target.hash = new URLSearchParams(sorted).toString();
  return target.toString();
}

// GoTrue's OAuth error words for redirect errors, by HTTP status.
const OAUTH_ERRORS: Record<number, string> = {
  400: "invalid_request",
  401: "unauthorized_client",
  403: "access_denied",
  500: "server_error",
  503: "temporarily_unavailable",
};

/** Where a failed browser flow lands: the error in the fragment, and for PKCE also in the query. */
export function errorRedirectUrl(redirectTo: string, error: AuthError, pkce: boolean): string {
  const params: Record<string, string> = { error_code: error.code, error_description: error.message };
  const word = OAUTH_ERRORS[error.status];
  if (word) params.error = word;
  const target = new URL(withFragment(redirectTo, params));
  target.search = pkce ? new URLSearchParams(params).toString() : "";
  return target.toString();
}
