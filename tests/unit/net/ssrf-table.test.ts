import { describe, expect, it } from "vitest";
import { classifyAddress, type AddressCategory } from "@/src/net/classify-address";
import { HostNotFoundError } from "@/src/net/host-not-found-error";
import { UrlNotAllowedError, type UrlNotAllowedReason } from "@/src/net/url-not-allowed-error";
import { vetUrl, type ResolvedAddress } from "@/src/net/vet-url";

/** A resolver that knows a few names, as a DNS server under an attacker's control would answer them. */
const dns: Record<string, string[]> = {
  "example.com": ["93.184.215.14"],
  "v6.example.com": ["2606:4700::1111"],
  "dual.example.com": ["2606:4700::1111", "93.184.215.14"],
  localhost: ["127.0.0.1", "::1"],
  "shop.example.com": ["10.1.2.3"], // public-looking name, private address
  "metadata-alias.example.com": ["169.254.169.254"],
  "aws-v6-metadata.example.com": ["fd00:ec2::254"],
  "mixed.example.com": ["93.184.215.14", "192.168.0.10"], // one public, one private
  "mixed-v6.example.com": ["2606:4700::1111", "fe80::1"],
  "loopback-last.example.com": ["93.184.215.14", "127.0.0.1"],
  "mapped.example.com": ["::ffff:10.0.0.1"],
  "garbage.example.com": ["not-an-address"],
};

async function fakeLookup(hostname: string): Promise<ResolvedAddress[]> {
  const addresses = dns[hostname];
  if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
  return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
}

type Case = {
  name: string;
  url: string;
  allowLoopback?: boolean;
  /** Absent: allowed, and this is the address to connect to. */
  connectTo?: string;
  reason?: UrlNotAllowedReason;
  /** For forbidden_address: the refused address and what it is. */
  address?: string;
  category?: AddressCategory;
};

const allowed: Case[] = [
  { name: "public IPv4 literal", url: "http://93.184.215.14/", connectTo: "93.184.215.14" },
  { name: "public host name", url: "https://example.com/path?q=1", connectTo: "93.184.215.14" },
  { name: "public IPv6 host name", url: "https://v6.example.com/", connectTo: "2606:4700::1111" },
  { name: "public IPv6 literal", url: "http://[2606:4700::1111]/", connectTo: "2606:4700::1111" },
  { name: "172.32/16 is outside 172.16/12", url: "http://172.32.0.1/", connectTo: "172.32.0.1" },
  { name: "100.128/16 is outside CGNAT", url: "http://100.128.0.1/", connectTo: "100.128.0.1" },
  { name: "IPv4-mapped public address", url: "http://[::ffff:8.8.8.8]/", connectTo: "::ffff:808:808" },
  { name: "NAT64 of a public address", url: "http://[64:ff9b::8.8.8.8]/", connectTo: "64:ff9b::808:808" },
  { name: "6to4 of a public address", url: "http://[2002:808:808::1]/", connectTo: "2002:808:808::1" },
  { name: "loopback when allowed", url: "http://127.0.0.1:3000/", allowLoopback: true, connectTo: "127.0.0.1" },
  { name: "IPv6 loopback when allowed", url: "http://[::1]:3000/", allowLoopback: true, connectTo: "::1" },
  { name: "localhost when allowed", url: "http://localhost:3000/", allowLoopback: true, connectTo: "127.0.0.1" },
  {
    name: "IPv4-mapped loopback when allowed",
    url: "http://[::ffff:127.0.0.1]/",
    allowLoopback: true,
    connectTo: "::ffff:7f00:1",
  },
];

const refused: Case[] = [
  // Scheme, credentials, syntax.
  { name: "ftp scheme", url: "ftp://example.com/file", reason: "scheme" },
  { name: "file scheme", url: "file:///etc/passwd", reason: "scheme" },
  { name: "gopher scheme", url: "gopher://example.com:70/_x", reason: "scheme" },
  { name: "javascript scheme", url: "javascript:alert(1)", reason: "scheme" },
  { name: "data scheme", url: "data:text/html,<h1>x</h1>", reason: "scheme" },
  { name: "user and password", url: "http://user:secret@example.com/", reason: "credentials" },
  { name: "user only", url: "https://admin@example.com/", reason: "credentials" },
  { name: "not a URL", url: "example.com/no-scheme", reason: "invalid_url" },
  { name: "five-part number", url: "http://1.2.3.4.5/", reason: "invalid_url" },
  // Loopback, in every spelling WHATWG URL folds to 127.0.0.1.
  {
    name: "loopback",
    url: "http://127.0.0.1/",
    reason: "forbidden_address",
    address: "127.0.0.1",
    category: "loopback",
  },
  { name: "loopback /8", url: "http://127.255.255.254/", reason: "forbidden_address", category: "loopback" },
  {
    name: "decimal",
    url: "http://2130706433/",
    reason: "forbidden_address",
    address: "127.0.0.1",
    category: "loopback",
  },
  { name: "octal", url: "http://0177.0.0.1/", reason: "forbidden_address", address: "127.0.0.1", category: "loopback" },
  { name: "hex", url: "http://0x7f.0.0.1/", reason: "forbidden_address", address: "127.0.0.1", category: "loopback" },
  {
    name: "hex 32-bit",
    url: "http://0x7f000001/",
    reason: "forbidden_address",
    address: "127.0.0.1",
    category: "loopback",
  },
  { name: "short form", url: "http://127.1/", reason: "forbidden_address", address: "127.0.0.1", category: "loopback" },
  {
    name: "trailing dot",
    url: "http://127.0.0.1./",
    reason: "forbidden_address",
    address: "127.0.0.1",
    category: "loopback",
  },
  { name: "IPv6 loopback", url: "http://[::1]/", reason: "forbidden_address", address: "::1", category: "loopback" },
  {
    name: "localhost",
    url: "http://localhost/",
    reason: "forbidden_address",
    address: "127.0.0.1",
    category: "loopback",
  },
  // Private, link-local, CGNAT, multicast, reserved.
  { name: "10/8", url: "http://10.0.0.1/", reason: "forbidden_address", category: "private" },
  { name: "172.16/12 low", url: "http://172.16.0.1/", reason: "forbidden_address", category: "private" },
  { name: "172.16/12 high", url: "http://172.31.255.255/", reason: "forbidden_address", category: "private" },
  { name: "192.168/16", url: "http://192.168.1.1/", reason: "forbidden_address", category: "private" },
  {
    name: "private even with loopback allowed",
    url: "http://10.0.0.1/",
    allowLoopback: true,
    reason: "forbidden_address",
    category: "private",
  },
  { name: "link-local", url: "http://169.254.1.1/", reason: "forbidden_address", category: "link_local" },
  { name: "CGNAT low", url: "http://100.64.0.1/", reason: "forbidden_address", category: "cgnat" },
  { name: "CGNAT high", url: "http://100.127.255.255/", reason: "forbidden_address", category: "cgnat" },
  { name: "multicast", url: "http://224.0.0.1/", reason: "forbidden_address", category: "multicast" },
  { name: "multicast SSDP", url: "http://239.255.255.250:1900/", reason: "forbidden_address", category: "multicast" },
  { name: "240/4", url: "http://240.0.0.1/", reason: "forbidden_address", category: "reserved" },
  { name: "0/8", url: "http://0.1.2.3/", reason: "forbidden_address", category: "reserved" },
  { name: "broadcast", url: "http://255.255.255.255/", reason: "forbidden_address", category: "broadcast" },
  { name: "192.0.0.0/24", url: "http://192.0.0.8/", reason: "forbidden_address", category: "reserved" },
  {
    name: "benchmarking 198.18/15",
    url: "http://198.19.255.1/",
    reason: "forbidden_address",
    category: "benchmarking",
  },
  { name: "TEST-NET-1", url: "http://192.0.2.1/", reason: "forbidden_address", category: "documentation" },
  { name: "TEST-NET-2", url: "http://198.51.100.7/", reason: "forbidden_address", category: "documentation" },
  { name: "TEST-NET-3", url: "http://203.0.113.9/", reason: "forbidden_address", category: "documentation" },
  {
    name: "unspecified",
    url: "http://0.0.0.0/",
    reason: "forbidden_address",
    address: "0.0.0.0",
    category: "unspecified",
  },
  { name: "bare zero", url: "http://0/", reason: "forbidden_address", address: "0.0.0.0", category: "unspecified" },
  // IPv6.
  { name: "IPv6 unspecified", url: "http://[::]/", reason: "forbidden_address", category: "unspecified" },
  {
    name: "unique-local fc00::/7",
    url: "http://[fd12:3456::1]/",
    reason: "forbidden_address",
    category: "unique_local",
  },
  { name: "unique-local fc00::", url: "http://[fc00::1]/", reason: "forbidden_address", category: "unique_local" },
  { name: "IPv6 link-local", url: "http://[fe80::1]/", reason: "forbidden_address", category: "link_local" },
  { name: "IPv6 multicast", url: "http://[ff02::1]/", reason: "forbidden_address", category: "multicast" },
  { name: "IPv6 documentation", url: "http://[2001:db8::1]/", reason: "forbidden_address", category: "documentation" },
  {
    name: "IPv6 documentation 3fff::/20",
    url: "http://[3fff::1]/",
    reason: "forbidden_address",
    category: "documentation",
  },
  { name: "Teredo (IETF 2001::/23)", url: "http://[2001::1]/", reason: "forbidden_address", category: "reserved" },
  { name: "unallocated IPv6", url: "http://[4000::1]/", reason: "forbidden_address", category: "reserved" },
  // IPv4 inside IPv6.
  {
    name: "mapped loopback, dotted",
    url: "http://[::ffff:127.0.0.1]/",
    reason: "forbidden_address",
    address: "::ffff:7f00:1",
    category: "loopback",
  },
  { name: "mapped loopback, hex", url: "http://[::ffff:7f00:1]/", reason: "forbidden_address", category: "loopback" },
  {
    name: "mapped private, long form",
    url: "http://[0:0:0:0:0:ffff:a00:1]/",
    reason: "forbidden_address",
    category: "private",
  },
  {
    name: "mapped metadata",
    url: "http://[::ffff:169.254.169.254]/",
    reason: "forbidden_address",
    category: "metadata",
  },
  {
    name: "IPv4-compatible",
    url: "http://[::127.0.0.1]/",
    reason: "forbidden_address",
    address: "::7f00:1",
    category: "ipv4_compatible",
  },
  {
    name: "IPv4-compatible public",
    url: "http://[::8.8.8.8]/",
    reason: "forbidden_address",
    category: "ipv4_compatible",
  },
  { name: "NAT64 private", url: "http://[64:ff9b::10.0.0.1]/", reason: "forbidden_address", category: "private" },
  { name: "NAT64 metadata", url: "http://[64:ff9b::a9fe:a9fe]/", reason: "forbidden_address", category: "metadata" },
  {
    name: "NAT64 loopback even when loopback allowed",
    url: "http://[64:ff9b::7f00:1]/",
    allowLoopback: true,
    reason: "forbidden_address",
    category: "loopback",
  },
  { name: "NAT64 local-use", url: "http://[64:ff9b:1::a00:1]/", reason: "forbidden_address", category: "reserved" },
  { name: "6to4 private", url: "http://[2002:c0a8:101::1]/", reason: "forbidden_address", category: "private" },
  {
    name: "6to4 loopback even when loopback allowed",
    url: "http://[2002:7f00:1::]/",
    allowLoopback: true,
    reason: "forbidden_address",
    category: "loopback",
  },
  // Cloud metadata.
  {
    name: "metadata IPv4",
    url: "http://169.254.169.254/latest/meta-data/",
    reason: "forbidden_address",
    address: "169.254.169.254",
    category: "metadata",
  },
  {
    name: "metadata even with loopback allowed",
    url: "http://169.254.169.254/",
    allowLoopback: true,
    reason: "forbidden_address",
    category: "metadata",
  },
  {
    name: "metadata as decimal",
    url: "http://2852039166/",
    reason: "forbidden_address",
    address: "169.254.169.254",
    category: "metadata",
  },
  {
    name: "AWS ECS metadata",
    url: "http://169.254.170.2/v2/credentials",
    reason: "forbidden_address",
    category: "metadata",
  },
  { name: "AWS metadata IPv6", url: "http://[fd00:ec2::254]/", reason: "forbidden_address", category: "metadata" },
  { name: "Alibaba metadata", url: "http://100.100.100.200/", reason: "forbidden_address", category: "metadata" },
  {
    name: "Azure WireServer (public address)",
    url: "http://168.63.129.16/",
    reason: "forbidden_address",
    category: "metadata",
  },
  { name: "GCP metadata name", url: "http://metadata.google.internal/computeMetadata/v1/", reason: "forbidden_host" },
  { name: "GCP metadata name, trailing dot", url: "http://METADATA.google.internal./", reason: "forbidden_host" },
  { name: "short metadata name", url: "http://metadata/", reason: "forbidden_host" },
  { name: ".internal name", url: "http://db.internal/", reason: "forbidden_host" },
  { name: ".local name", url: "http://printer.local/", reason: "forbidden_host" },
  { name: "single-label name", url: "http://intranet/", reason: "forbidden_host" },
  // What the name resolves to.
  {
    name: "public-looking name resolving to a private address",
    url: "https://shop.example.com/",
    reason: "forbidden_address",
    address: "10.1.2.3",
    category: "private",
  },
  {
    name: "name resolving to the metadata address",
    url: "http://metadata-alias.example.com/",
    allowLoopback: true,
    reason: "forbidden_address",
    address: "169.254.169.254",
    category: "metadata",
  },
  {
    name: "name resolving to AWS IPv6 metadata",
    url: "http://aws-v6-metadata.example.com/",
    reason: "forbidden_address",
    category: "metadata",
  },
  {
    name: "one public and one private address",
    url: "http://mixed.example.com/",
    reason: "forbidden_address",
    address: "192.168.0.10",
    category: "private",
  },
  {
    name: "one public and one link-local IPv6 address",
    url: "http://mixed-v6.example.com/",
    reason: "forbidden_address",
    address: "fe80::1",
    category: "link_local",
  },
  {
    name: "public first, loopback second",
    url: "http://loopback-last.example.com/",
    reason: "forbidden_address",
    address: "127.0.0.1",
    category: "loopback",
  },
  {
    name: "name resolving to a mapped private address",
    url: "http://mapped.example.com/",
    reason: "forbidden_address",
    category: "private",
  },
  { name: "resolver answer that is not an address", url: "http://garbage.example.com/", reason: "invalid_host" },
];

describe("vetUrl: allowed", () => {
  it.each(allowed)("$name: $url", async ({ url, allowLoopback = false, connectTo }) => {
    const vetted = await vetUrl(url, { allowLoopback, lookup: fakeLookup });
    expect(vetted.address).toBe(connectTo);
    expect(vetted.family).toBe(connectTo!.includes(":") ? 6 : 4);
    expect(vetted.url.href).toBe(new URL(url).href);
    expect(vetted.addresses[0]).toEqual({ address: vetted.address, family: vetted.family });
  });

  it("returns every vetted address, in the resolver's order", async () => {
    const vetted = await vetUrl("http://dual.example.com/", { allowLoopback: false, lookup: fakeLookup });
    expect(vetted.addresses).toEqual([
      { address: "2606:4700::1111", family: 6 },
      { address: "93.184.215.14", family: 4 },
    ]);
  });
});

describe("vetUrl: refused", () => {
  it.each(refused)("$name: $url", async ({ url, allowLoopback = false, reason, address, category }) => {
    const error = await vetUrl(url, { allowLoopback, lookup: fakeLookup }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UrlNotAllowedError);
    const refusal = error as UrlNotAllowedError;
    expect(refusal.reason).toBe(reason);
    if (address) expect(refusal.address).toBe(address);
    if (category) expect(classifyAddress(refusal.address!).category).toBe(category);
  });
});

describe("vetUrl: resolution", () => {
  it("reports an unknown host as HostNotFoundError, not as a refusal", async () => {
    const error = await vetUrl("https://no-such-host.example.com/", { allowLoopback: false, lookup: fakeLookup }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HostNotFoundError);
    expect(error).toMatchObject({ hostname: "no-such-host.example.com", code: "ENOTFOUND" });
  });

  it("reports a name without addresses as HostNotFoundError", async () => {
    const error = await vetUrl("https://empty.example.com/", { allowLoopback: false, lookup: async () => [] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HostNotFoundError);
    expect(error).toMatchObject({ code: "ENODATA" });
  });

  it("does not ask the resolver about IP literals or refused names", async () => {
    const asked: string[] = [];
    const lookup = async (hostname: string) => {
      asked.push(hostname);
      return fakeLookup(hostname);
    };
    await vetUrl("http://93.184.215.14/", { allowLoopback: false, lookup });
    await vetUrl("http://metadata.google.internal/", { allowLoopback: false, lookup }).catch(() => {});
    await vetUrl("https://example.com/", { allowLoopback: false, lookup });
    expect(asked).toEqual(["example.com"]);
  });

  it("returns a copy of the URL, so changing the caller's object later changes nothing", async () => {
    const input = new URL("https://example.com/a");
    const vetted = await vetUrl(input, { allowLoopback: false, lookup: fakeLookup });
    input.hostname = "169.254.169.254";
    expect(vetted.url.hostname).toBe("example.com");
  });
});
