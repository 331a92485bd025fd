import { classifyAddress } from "./classify-address";

/**
 * True when the analyzer must not connect to `address`. Loopback is let through only when asked (local
 * development and tests run their fixture sites on 127.0.0.1), and only plain loopback: 127.0.0.1 wrapped in
 * NAT64 or 6to4 would reach some gateway, never this machine. Private, link-local and metadata addresses stay
 * refused whatever the option.
 */
export function isForbiddenAddress(address: string, options: { allowLoopback: boolean }): boolean {
  const { category, embeddedIn } = classifyAddress(address);
  if (category === null) return false;
  const plainLoopback = category === "loopback" && (embeddedIn === undefined || embeddedIn === "ipv4_mapped");
  return !(plainLoopback && options.allowLoopback);
}
