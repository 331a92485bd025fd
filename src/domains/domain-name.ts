export const MAX_DOMAIN_LENGTH = 253;

const label = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
/** The top-level label starts with a letter (no all-numeric TLD, so no IP address) and has two characters or more. */
const topLevel = "[a-z](?:[a-z0-9-]{0,61}[a-z0-9])";
/** Labels of a-z, 0-9 and inner hyphens, at most 63 characters each, and a TLD: stricter than the table's check. */
export const hostnamePattern = new RegExp(`^(?:${label}\\.)+${topLevel}$`);

const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//;
/** `mailto:a@b.com`, `javascript:…`: a scheme without `//` (unlike `example.com:8080`, whose colon is a port's). */
const opaqueScheme = /^[a-z][a-z0-9+.-]*:(?!\/\/|\d)/;

/**
 * The domain as stored: what people paste is often the site's address, so the scheme, path,
 * query, port and trailing dot are dropped, the name lowercased and an IDN turned into its ASCII (xn--) form.
 * Anything that is not a web address is returned as typed, for the pattern to refuse.
 */
export function normalizeDomainName(input: string): string {
  const typed = input.trim().toLowerCase();
  if (typed === "" || (opaqueScheme.test(typed) && !hasScheme.test(typed))) return typed;
  let url: URL;
  try {
    url = new URL(hasScheme.test(typed) ? typed : `http://${typed.replace(/^\/+/, "")}`);
  } catch {
    return typed;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.username || url.password) return typed;
  return url.hostname.replace(/\.$/, "");
}
