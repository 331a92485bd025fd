import "server-only";
import type { Resolver } from "node:dns/promises";
import type { CertificateSummary, DnsDrift, DnsRecord } from "@/src/db/schema";
import { isForbiddenAddress } from "@/src/net/is-forbidden-address";
import { compareDnsRecords } from "./compare-dns-records";
import { readCertificate } from "./read-certificate";

export interface DomainToCheck {
  id: string;
  orgId: string;
  name: string;
  dnsRecords: DnsRecord[];
}

export interface DomainFindings {
  nameservers: string[];
  drift: DnsDrift[];
  dnsError: string | null;
  certificate: CertificateSummary | null;
  tlsError: string | null;
}

export interface CheckDomainOptions {
  resolver: Resolver;
  tlsPort: number;
  allowLoopback: boolean;
  ca?: string[];
  timeoutMs?: number;
}

/**
 * Checks one domain as the world sees it: DNS through the configured resolver (nameservers and drift from the
 * kept records) and the certificate of a TLS handshake with the address that resolver gives, refused when it
 * is private or a metadata address, as every fetch of a client's URL is.
 */
export async function checkDomain(domain: DomainToCheck, options: CheckDomainOptions): Promise<DomainFindings> {
  const dns = await compareDnsRecords(options.resolver, domain.name, domain.dnsRecords);
  const base = { nameservers: dns.nameservers, drift: dns.drift, dnsError: dns.error };
  let address: string | undefined;
  try {
    [address] = await options.resolver.resolve4(domain.name);
  } catch (error) {
    return { ...base, certificate: null, tlsError: `dns:${(error as { code?: string }).code ?? "unknown"}` };
  }
  if (!address) return { ...base, certificate: null, tlsError: "dns:ENODATA" };
  if (isForbiddenAddress(address, { allowLoopback: options.allowLoopback })) {
    return { ...base, certificate: null, tlsError: `not_allowed:${address}` };
  }
  const reading = await readCertificate(domain.name, {
    address,
    port: options.tlsPort,
    ca: options.ca,
    timeoutMs: options.timeoutMs,
  });
  return { ...base, certificate: reading.certificate, tlsError: reading.error };
}
