import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";
import { queueAdminEmails } from "@/src/notifications/queue-admin-emails";
import type { DomainFindings, DomainToCheck } from "./check-domain";
import { expiryThreshold } from "./expiry-threshold";
import { sslStatus } from "./ssl-status";

export interface RecordedDomainCheck {
  /** False when the domain was already checked that day (a rerun): nothing changed. */
  recorded: boolean;
  emails: number;
}

/**
 * Writes a domain's check for the day and what follows from it, in one transaction: the check row (one per
 * domain and day), the domain's SSL status, expiry and issuer, and the owners' and admins' warnings 30, 14, 7
 * and 1 day(s) before the certificate or the registration ends — each keyed by domain, end date and
 * threshold, so it goes once, and again for a renewed certificate's next end.
 */
export async function recordDomainCheck(
  domain: DomainToCheck,
  day: string,
  now: Date,
  findings: DomainFindings,
): Promise<RecordedDomainCheck> {
  return serviceDb().transaction(async (tx) => {
    const inserted = await tx.execute(sql`
      insert into public.domain_checks
        (domain_id, org_id, checked_on, checked_at, nameservers, dns_drift, dns_error, certificate, tls_error)
      values (${domain.id}, ${domain.orgId}, ${day}, ${now.toISOString()},
        array(select jsonb_array_elements_text(${JSON.stringify(findings.nameservers)}::jsonb)),
        ${JSON.stringify(findings.drift)}::jsonb,
        ${findings.dnsError}, ${findings.certificate ? JSON.stringify(findings.certificate) : null}::jsonb,
        ${findings.tlsError})
      on conflict (domain_id, checked_on) do nothing
      returning id`);
    if (inserted.length === 0) return { recorded: false, emails: 0 };

    const certificate = findings.certificate;
    const [row] = await tx.execute<{ renews_at: string | null }>(sql`
      update public.domains set
        ssl_status = ${sslStatus(certificate, now)},
        ssl_expires_at = coalesce(${certificate?.validTo ?? null}::timestamptz, ssl_expires_at),
        ssl_provider = coalesce(${certificate?.issuer ?? null}, ssl_provider)
      where id = ${domain.id}
      returning renews_at`);

    let emails = 0;
    const warn = async (kind: "ssl" | "registration", endsAt: Date) => {
      const days = expiryThreshold(endsAt, now);
      if (days === null) return;
      emails += await queueAdminEmails(tx, {
        orgId: domain.orgId,
        template: "domain-expiry",
        payload: { domainId: domain.id, kind, days, endsAt: endsAt.toISOString() },
        key: `domain-expiry:${kind}:${domain.id}:${endsAt.toISOString().slice(0, 10)}:${days}`,
      });
    };
    if (certificate?.authorized) await warn("ssl", new Date(certificate.validTo));
    if (row?.renews_at) await warn("registration", new Date(row.renews_at));
    return { recorded: true, emails };
  });
}
