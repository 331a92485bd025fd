import "server-only";
import type { Resolver } from "node:dns/promises";
import type { DnsDrift, DnsRecord } from "@/src/db/schema";

export interface DnsFindings {
  nameservers: string[];
  drift: DnsDrift[];
  /** Set when the resolver could not be asked at all (timeout, refused): the drift is then unknown, not empty. */
  error: string | null;
}

/** Answers that mean "no such record", as opposed to a resolver that failed. */
const NO_RECORD = new Set(["ENODATA", "ENOTFOUND", "ENONAME"]);

const bare = (name: string) => name.toLowerCase().replace(/\.$/, "");

/** Every answer for one record in the form `domains.dns_records` keeps it (`"10 mx.example.com"` for MX…). */
async function answers(resolver: Resolver, type: DnsRecord["type"], host: string): Promise<string[]> {
  switch (type) {
    case "A":
      return resolver.resolve4(host);
    case "AAAA":
      return resolver.resolve6(host);
    case "CNAME":
      return (await resolver.resolveCname(host)).map(bare);
    case "NS":
      return (await resolver.resolveNs(host)).map(bare);
    case "MX":
      return (await resolver.resolveMx(host)).map((r) => `${r.priority} ${bare(r.exchange)}`);
    case "TXT":
      return (await resolver.resolveTxt(host)).map((chunks) => chunks.join(""));
    case "SRV":
      return (await resolver.resolveSrv(host)).map((r) => `${r.priority} ${r.weight} ${r.port} ${bare(r.name)}`);
    case "CAA":
      return (await resolver.resolveCaa(host)).map((r) => {
        const [tag, value] = Object.entries(r).find(([key]) => key !== "critical") ?? ["", ""];
        return `${r.critical} ${tag} "${String(value)}"`;
      });
  }
}

function normalize(type: DnsRecord["type"], value: string): string {
  return type === "CNAME" || type === "NS" ? bare(value) : value.trim();
}

/**
 * Asks the resolver for the domain's nameservers and each record the agency keeps for it (`@` is the domain
 * itself), and reports every kept record the answers do not contain.
 */
export async function compareDnsRecords(
  resolver: Resolver,
  domain: string,
  expected: readonly DnsRecord[],
): Promise<DnsFindings> {
  const ask = async (type: DnsRecord["type"], host: string): Promise<string[]> => {
    try {
      return await answers(resolver, type, host);
    } catch (error) {
      if (NO_RECORD.has((error as { code?: string }).code ?? "")) return [];
      throw error;
    }
  };
  try {
    const nameservers = (await ask("NS", domain)).sort();
    const drift: DnsDrift[] = [];
    for (const record of expected) {
      const host = record.name === "@" ? domain : `${record.name}.${domain}`;
      const actual = await ask(record.type, host);
      if (!actual.map((a) => normalize(record.type, a)).includes(normalize(record.type, record.value))) {
        drift.push({ type: record.type, name: record.name, expected: record.value, actual });
      }
    }
    return { nameservers, drift, error: null };
  } catch (error) {
    return { nameservers: [], drift: [], error: `dns:${(error as { code?: string }).code ?? "unknown"}` };
  }
}
