import type { LookupFunction } from "node:net";
import type { ResolvedAddress } from "./vet-url";

/**
 * A resolver for node:net/http/https that answers with the vetted addresses whatever it is asked, so the
 * socket connects where the check said it may and a second DNS answer (rebinding) never reaches it. All of
 * them are offered when the socket asks for all: Node then tries them in turn (happy eyeballs), so a host
 * with an IPv6 address this machine cannot reach still works over IPv4.
 */
export function pinnedLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
  const [first] = addresses as readonly [ResolvedAddress];
  const all = addresses.map(({ address, family }) => ({ address, family }));
  return (_hostname, options, callback) => {
    if (options.all) callback(null, all);
    else callback(null, first.address, first.family);
  };
}
