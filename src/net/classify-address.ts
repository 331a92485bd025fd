import { parseIpAddress } from "./parse-ip-address";

export type AddressCategory =
  | "unspecified"
  | "loopback"
  | "private"
  | "cgnat"
  | "link_local"
  | "unique_local"
  | "multicast"
  | "broadcast"
  | "documentation"
  | "benchmarking"
  | "reserved"
  | "metadata"
  /** Deprecated `::a.b.c.d`; no system should ever hand it out. */
  | "ipv4_compatible"
  /** Not an IP address we can read. */
  | "invalid";

/** How an IPv4 address was carried inside an IPv6 one, when it was. */
export type Ipv4Embedding = "ipv4_mapped" | "nat64" | "6to4";

export interface AddressClass {
  /** null: publicly routable, fine to connect to. */
  category: AddressCategory | null;
  embeddedIn?: Ipv4Embedding;
}

type Range = readonly [prefix: string, bits: number, category: AddressCategory];

/**
 * Cloud metadata endpoints. All but one already fall in refused ranges; they are named so the refusal says
 * what was at stake. Azure's WireServer (168.63.129.16) is a public address that only answers from inside
 * Azure, so only this list catches it.
 */
const metadataAddresses = [
  "169.254.169.254", // AWS, GCP, Azure, OpenStack, DigitalOcean… instance metadata
  "169.254.170.2", // AWS ECS task metadata and credentials
  "100.100.100.200", // Alibaba Cloud
  "192.0.0.192", // Oracle Cloud (legacy)
  "168.63.129.16", // Azure WireServer
  "fd00:ec2::254", // AWS IMDS over IPv6
];

// IANA special-purpose registries: every block that is not globally reachable. Most specific first.
const ipv4Ranges: readonly Range[] = [
  ["0.0.0.0", 32, "unspecified"],
  ["0.0.0.0", 8, "reserved"], // "this network"
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "cgnat"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link_local"],
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "reserved"], // IETF protocol assignments
  ["192.0.2.0", 24, "documentation"],
  ["192.88.99.0", 24, "reserved"], // deprecated 6to4 relay anycast
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "benchmarking"],
  ["198.51.100.0", 24, "documentation"],
  ["203.0.113.0", 24, "documentation"],
  ["224.0.0.0", 4, "multicast"],
  ["255.255.255.255", 32, "broadcast"],
  ["240.0.0.0", 4, "reserved"],
];

const ipv6Ranges: readonly Range[] = [
  ["::", 128, "unspecified"],
  ["::1", 128, "loopback"],
  ["::", 96, "ipv4_compatible"],
  ["64:ff9b:1::", 48, "reserved"], // local-use NAT64: translates into some private network
  ["100::", 64, "reserved"], // discard-only
  ["2001:2::", 48, "benchmarking"],
  ["2001:db8::", 32, "documentation"],
  ["2001::", 23, "reserved"], // IETF protocol assignments: Teredo, ORCHID, AMT…
  ["3fff::", 20, "documentation"],
  ["5f00::", 16, "reserved"], // SRv6 SIDs
  ["fc00::", 7, "unique_local"],
  ["fe80::", 10, "link_local"],
  ["fec0::", 10, "reserved"], // deprecated site-local
  ["ff00::", 8, "multicast"],
];

/** Prefixes whose IPv6 addresses stand for an IPv4 one, and where in the 16 bytes it sits. */
const embeddings: readonly (readonly [prefix: string, bits: number, kind: Ipv4Embedding, offset: number])[] = [
  ["::ffff:0:0", 96, "ipv4_mapped", 12],
  ["64:ff9b::", 96, "nat64", 12],
  ["2002::", 16, "6to4", 2],
];

/**
 * Says whether an address is publicly routable and, if not, what it is. IPv6 forms that carry an IPv4
 * address (mapped, NAT64, 6to4) are judged by the IPv4 address inside. Outside 2000::/3 nothing is
 * allocated for public unicast, so the rest of IPv6 is reserved.
 */
export function classifyAddress(address: string): AddressClass {
  const parsed = parseIpAddress(address);
  if (!parsed) return { category: "invalid" };
  if (metadataBytes.some((m) => equalBytes(m, parsed.bytes))) return { category: "metadata" };
  if (parsed.family === 4) return { category: matchRange(parsed.bytes, ipv4Table) };
  for (const [prefix, bits, kind, offset] of embeddingTable) {
    if (!inPrefix(parsed.bytes, prefix, bits)) continue;
    const inner = classifyAddress(parsed.bytes.subarray(offset, offset + 4).join("."));
    return { category: inner.category, embeddedIn: kind };
  }
  const category = matchRange(parsed.bytes, ipv6Table);
  if (category) return { category };
  return { category: (parsed.bytes[0]! & 0xe0) === 0x20 ? null : "reserved" };
}

const toBytes = (text: string): Uint8Array => parseIpAddress(text)!.bytes;
const metadataBytes = metadataAddresses.map(toBytes);
const ipv4Table = ipv4Ranges.map(([prefix, bits, category]) => [toBytes(prefix), bits, category] as const);
const ipv6Table = ipv6Ranges.map(([prefix, bits, category]) => [toBytes(prefix), bits, category] as const);
const embeddingTable = embeddings.map(([prefix, bits, kind, offset]) => [toBytes(prefix), bits, kind, offset] as const);

function matchRange(
  bytes: Uint8Array,
  table: readonly (readonly [Uint8Array, number, AddressCategory])[],
): AddressCategory | null {
  return table.find(([prefix, bits]) => inPrefix(bytes, prefix, bits))?.[2] ?? null;
}

function inPrefix(bytes: Uint8Array, prefix: Uint8Array, bits: number): boolean {
  if (bytes.length !== prefix.length) return false;
  for (let bit = 0; bit < bits; bit += 8) {
    const index = bit / 8;
    const mask = bits - bit >= 8 ? 0xff : (0xff << (8 - (bits - bit))) & 0xff;
    if ((bytes[index]! & mask) !== (prefix[index]! & mask)) return false;
  }
  return true;
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
