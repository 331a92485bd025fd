import { parseIpAddress } from "@/src/net/parse-ip-address";
import { AnalyzerError } from "./analyzer-error";

export const MAX_URL_LENGTH = 2048;

const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i;
/** `mailto:x@y.com`, `javascript:…`: a scheme without `//`, unlike `example.com:8080`, whose colon is a port's. */
const opaqueScheme = /^[a-z][a-z0-9+.-]*:(?!\/\/|\d)/i;
const dnsLabel = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * The URL as the analyzer fetches it and as the 24 h cache keys it: trimmed, https:// added when no scheme was
 * typed, the host lowercased (and IDN hosts in their ASCII form), the fragment and a default port dropped.
 * Refuses, as `invalid_url`, what cannot be a public website: other schemes, credentials, hosts that are
 * neither an IP literal nor a dotted DNS name with a non-numeric top-level label. `localhost` passes, so the
 * SSRF check refuses it for what it is (a loopback address) unless loopback is allowed.
 */
export function normalizeUrl(input: string): string {
  const trimmed = input.trim();
  if (trimmed === "") throw new AnalyzerError("invalid_url", "urlEmpty");
  const tooLong = () => new AnalyzerError("invalid_url", "urlTooLong", { values: { max: MAX_URL_LENGTH } });
  if (trimmed.length > MAX_URL_LENGTH) throw tooLong();

  if (opaqueScheme.test(trimmed)) throw new AnalyzerError("invalid_url", "urlScheme");
  const candidate = hasScheme.test(trimmed) ? trimmed : `https://${trimmed.replace(/^\/+/, "")}`;
  const url = URL.parse(candidate);
  if (!url) throw new AnalyzerError("invalid_url", "urlHost");
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new AnalyzerError("invalid_url", "urlScheme");
  if (url.username || url.password) throw new AnalyzerError("invalid_url", "urlCredentials");
  if (!isPlausibleHost(url.hostname)) throw new AnalyzerError("invalid_url", "urlHost");

  url.hash = "";
  // A trailing dot names the same host; without it the cache sees one site under one key.
  url.hostname = url.hostname.replace(/\.$/, "");
  const href = url.href;
  if (href.length > MAX_URL_LENGTH) throw tooLong();
  return href;
}

function isPlausibleHost(hostname: string): boolean {
  if (hostname.startsWith("[")) return parseIpAddress(hostname.slice(1, -1)) !== null;
  // WHATWG URL has already turned every numeric IPv4 form (2130706433, 0x7f.1) into dotted decimal.
  if (parseIpAddress(hostname)) return true;
  const name = hostname.replace(/\.$/, "");
  if (name === "localhost") return true;
  if (name.length > 253) return false;
  const labels = name.split(".");
  if (labels.length < 2) return false;
  return labels.every((label) => dnsLabel.test(label)) && !/^\d+$/.test(labels.at(-1)!);
}
