import "server-only";
import pLimit from "p-limit";
import { env } from "@/src/env";
import { checkDomain, type CheckDomainOptions } from "./check-domain";
import { domainResolver } from "./domain-resolver";
import { loadDomains } from "./load-domains";
import { recordDomainCheck } from "./record-domain-check";

export interface DomainBatchSummary {
  checked: number;
  drifted: number;
  tlsFailures: number;
  emails: number;
  repeated: number;
}

/** Handshakes and lookups at once per batch: mostly waiting on the network, bounded for the resolvers' sake. */
const PARALLEL_CHECKS = 10;

/**
 * Checks a batch of domains for `day` and records each; a rerun of the day records nothing twice. The options
 * default to the configured resolver, TLS port and loopback switch (tests pass their own).
 */
export async function checkDomains(
  ids: string[],
  day: string,
  now: Date,
  options: Partial<CheckDomainOptions> = {},
): Promise<DomainBatchSummary> {
  const settings: CheckDomainOptions = {
    resolver: options.resolver ?? domainResolver(),
    tlsPort: options.tlsPort ?? env().ARCO_DOMAIN_TLS_PORT,
    allowLoopback: options.allowLoopback ?? env().ARCO_ANALYZER_ALLOW_LOOPBACK,
    ca: options.ca,
    timeoutMs: options.timeoutMs,
  };
  const limit = pLimit(PARALLEL_CHECKS);
  const domains = await loadDomains(ids);
  const results = await Promise.all(
    domains.map((domain) =>
      limit(async () => {
        const findings = await checkDomain(domain, settings);
        return { findings, recorded: await recordDomainCheck(domain, day, now, findings) };
      }),
    ),
  );
  const summary: DomainBatchSummary = { checked: 0, drifted: 0, tlsFailures: 0, emails: 0, repeated: 0 };
  for (const { findings, recorded } of results) {
    if (!recorded.recorded) {
      summary.repeated += 1;
      continue;
    }
    summary.checked += 1;
    if (findings.drift.length > 0) summary.drifted += 1;
    if (findings.tlsError) summary.tlsFailures += 1;
    summary.emails += recorded.emails;
  }
  return summary;
}
