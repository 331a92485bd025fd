import { BlockList } from "node:net";
import type { AuthConfig } from "./env.ts";

/**
 * Which `redirect_to` values GoTrue honours (utilities.IsRedirectURLValid): an http(s) URL on the site URL's
 * host (same scheme and port; any port on a loopback host), an http(s) URL on a loopback IP address, or a
 * match in `additional_redirect_urls`. Anything else (other schemes such as `javascript:`, `data:` or
 * `ftp:` on the site's host, other hosts, obfuscated addresses) falls back to the site URL.
 *
 * URLs are parsed the way browsers parse them (WHATWG), so the host checked is the host the browser will
 * open. One deliberate difference from GoTrue: its loopback-IP allowance accepts any scheme; here it is
 * http(s) only, since a redirect to `javascript://127.0.0.1/…` is never a callback.
 */
export function isRedirectAllowed(config: AuthConfig, url: string): boolean {
  // Never valid in a URL; clients strip leading ones, so `\thttps://…` would be opened as another address.
  if (!url || /[\u0000-\u0020\u007f]/.test(url)) return false;
  const site = parseUrl(config.site_url);
  if (!site) return false;
  const target = parseUrl(url);
  if (target) {
    const web = target.protocol === "http:" || target.protocol === "https:";
    const host = bareHost(target.hostname);
    const sameSite =
      web &&
      target.protocol === site.protocol &&
      target.hostname === site.hostname &&
      (target.port === site.port || isLoopbackName(host));
    if (sameSite) return true;
    if (/^[0-9]+$/.test(host)) return false;
    if (isIpAddress(host)) return web && isLoopbackIp(host);
    if (web && !/^[a-zA-Z0-9]([a-zA-Z0-9.-]*[a-zA-Z0-9])?$/.test(host)) return false;
  } else if (/^https?:/i.test(url)) {
    // A well-formed web URL always parses; one that does not is an obfuscation attempt.
    return false;
  }
  // Custom schemes (mobile deep links) reach the allow-list even when they do not parse.
  const [withoutFragment = ""] = url.split("#");
  return config.additional_redirect_urls.some((pattern) => globToRegExp(pattern).test(withoutFragment));
}

/**
 * The allow-list patterns use the glob syntax of GoTrue (gobwas/glob with `.` and `/` as separators):
 * `*` stays within one host label or path segment, `**` crosses them, `?` is one character.
 */
function globToRegExp(pattern: string): RegExp {
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    if (char === "*" && pattern[i + 1] === "*") {
      source += ".*";
      i++;
    } else if (char === "*") {
      source += "[^./]*";
    } else if (char === "?") {
      source += "[^./]";
    } else {
      source += char.replace(/[\\^$.|+()[\]{}]/g, "\\$&");
    }
  }
  return new RegExp(`^${source}$`);
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** IPv6 hosts come bracketed from the URL parser. */
function bareHost(hostname: string): string {
  return hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
}

function isIpAddress(host: string): boolean {
  return /^[0-9.]+$/.test(host) || host.includes(":");
}

// GoTrue's list of loopback host names (where native apps may use any port, RFC 8252 §7.3).
const loopbackNames = new Set(["localhost", "127.0.0.1", "::1", "0.0.0.0", "::"]);

function isLoopbackName(host: string): boolean {
  const lower = host.toLowerCase();
  return loopbackNames.has(lower) || lower.endsWith(".localhost");
}

const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

function isLoopbackIp(host: string): boolean {
  try {
    return loopback.check(host, host.includes(":") ? "ipv6" : "ipv4");
  } catch {
    return false;
  }
}
