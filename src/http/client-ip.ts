import "server-only";
import { env } from "@/src/env";
import { canonicalIp } from "./canonical-ip";
import { stampedPeerAddress } from "./peer-address-stamp";

/**
 * The client's IP address for rate limiting, canonical (IPv4-mapped IPv6 unwrapped), or null when it cannot
 * be known.
 *
 * The chain of addresses is X-Forwarded-For's entries, left to right, then the connection's peer. Each proxy
 * appends the address it received the request from, so the last `trustedProxyHops` links were written by
 * proxies we trust and the one before them is the client; everything further left came from the client and
 * proves nothing. With no trusted proxy, the client is the peer itself: the stamped socket address, never a
 * header (a spoofed X-Forwarded-For must not open a fresh limit).
 *
 * Behind proxies, Next leaves X-Forwarded-For as it arrived (it only fills it in when absent), so the proxies'
 * entries are the header's last ones and the peer (the nearest proxy) is not needed: the client is the
 * `trustedProxyHops`-th entry from the right. A chain shorter than that means the request skipped a proxy;
 * the leftmost entry is the best left, as with Express' `trust proxy` hop count.
 */
export function clientIp(headers: Headers, trustedProxyHops = env().ARCO_TRUSTED_PROXY_HOPS): string | null {
  if (trustedProxyHops === 0) return canonicalIp(stampedPeerAddress(headers));
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (forwarded.length === 0) return canonicalIp(stampedPeerAddress(headers));
  return canonicalIp(forwarded[Math.max(0, forwarded.length - trustedProxyHops)]!);
}
