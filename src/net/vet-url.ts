import "server-only";
import { lookup as dnsLookup } from "node:dns/promises";
import { env } from "@/src/env";
import { bareHostname } from "./bare-hostname";
import { classifyAddress } from "./classify-address";
import { HostNotFoundError } from "./host-not-found-error";
import { isForbiddenAddress } from "./is-forbidden-address";
import { isForbiddenHostname } from "./is-forbidden-hostname";
import { parseIpAddress } from "./parse-ip-address";
import { UrlNotAllowedError } from "./url-not-allowed-error";

export type ResolvedAddress = { address: string; family: 4 | 6 };

export type VetOptions = {
  /** Default: the ARCO_ANALYZER_ALLOW_LOOPBACK setting. */
  allowLoopback?: boolean;
  /** Default: the system resolver, every address, in the resolver's order. Tests inject a fake. */
  lookup?: (hostname: string) => Promise<ResolvedAddress[]>;
};

export type VettedUrl = {
  url: URL;
  /** The address to connect to: connect to this one, never resolve the name again. */
  address: string;
  family: 4 | 6;
  /** Every vetted address, `address` first, for connecting with fallback between them. */
  addresses: ResolvedAddress[];
};

/**
 * The one gate for every outbound request: http(s) only, no credentials, and the host resolved with EVERY
 * address checked (one private address among public ones is enough to refuse, because the connection may
 * land on any of them). Numeric host forms (`2130706433`, `0177.0.0.1`, `0x7f.1`) are already canonical
 * IPv4 after WHATWG URL parsing, so they are judged as the address they mean.
 */
export async function vetUrl(input: string | URL, options: VetOptions = {}): Promise<VettedUrl> {
  const url = parseUrl(input);
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UrlNotAllowedError("scheme", `Only http and https URLs can be fetched, not ${url.protocol}`);
  }
  if (url.username || url.password) {
    throw new UrlNotAllowedError("credentials", "URLs with a user name or password are not accepted.");
  }
  const hostname = bareHostname(url);
  if (!hostname) throw new UrlNotAllowedError("invalid_host", "The URL has no host.");
  const allowLoopback = options.allowLoopback ?? env().ARCO_ANALYZER_ALLOW_LOOPBACK;

  const literal = parseIpAddress(hostname);
  if (literal) {
    checkAddress(hostname, allowLoopback);
    return {
      url,
      address: hostname,
      family: literal.family,
      addresses: [{ address: hostname, family: literal.family }],
    };
  }
  if (isForbiddenHostname(hostname)) {
    throw new UrlNotAllowedError("forbidden_host", `The host ${hostname} is an internal name.`);
  }
  const addresses = await resolve(hostname, options.lookup ?? systemLookup);
  for (const { address } of addresses) checkAddress(address, allowLoopback);
  const [first] = addresses as [ResolvedAddress];
  return { url, address: first.address, family: first.family, addresses };
}

function parseUrl(input: string | URL): URL {
  // A copy, so the caller's URL object cannot be changed after it was vetted.
  const parsed = URL.parse(typeof input === "string" ? input.trim() : input.href);
  if (!parsed) throw new UrlNotAllowedError("invalid_url", "This is not a valid URL.");
  return parsed;
}

function checkAddress(address: string, allowLoopback: boolean): void {
  if (!isForbiddenAddress(address, { allowLoopback })) return;
  const { category } = classifyAddress(address);
  if (category === "invalid") {
    throw new UrlNotAllowedError("invalid_host", `The address ${address} could not be read.`, { address });
  }
  throw new UrlNotAllowedError(
    "forbidden_address",
    `The address ${address} is not a public address (${category?.replace(/_/g, " ")}).`,
    { address },
  );
}

async function resolve(
  hostname: string,
  lookup: (hostname: string) => Promise<ResolvedAddress[]>,
): Promise<ResolvedAddress[]> {
  let addresses: ResolvedAddress[];
  try {
    addresses = await lookup(hostname);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "ENOTFOUND";
    throw new HostNotFoundError(hostname, code, error);
  }
  if (addresses.length === 0) throw new HostNotFoundError(hostname, "ENODATA");
  return addresses;
}

async function systemLookup(hostname: string): Promise<ResolvedAddress[]> {
  const results = await dnsLookup(hostname, { all: true, order: "verbatim" });
  return results.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
}
