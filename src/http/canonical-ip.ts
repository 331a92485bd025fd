import { parseIpAddress } from "@/src/net/parse-ip-address";

/**
 * One spelling per address, so one client is one rate-limit subject: IPv4-mapped IPv6 (`::ffff:198.51.100.7`,
 * what a dual-stack socket reports) unwrapped to IPv4, IPv6 as eight lowercase groups, a port some proxies
 * append (`198.51.100.7:51234`, `[2001:db8::7]:51234`) dropped. Null for anything that is not an address.
 */
export function canonicalIp(address: string | null | undefined): string | null {
  if (!address) return null;
  const host =
    /^\[([^\]]+)\](?::\d+)?$/.exec(address)?.[1] ?? /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(address)?.[1] ?? address;
  const parsed = parseIpAddress(host);
  if (!parsed) return null;
  const { bytes } = parsed;
  const mapped =
    parsed.family === 6 && bytes.subarray(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
  if (parsed.family === 4 || mapped) return [...bytes.subarray(parsed.family === 4 ? 0 : 12)].join(".");
  return Array.from({ length: 8 }, (_, i) => ((bytes[i * 2]! << 8) | bytes[i * 2 + 1]!).toString(16)).join(":");
}
