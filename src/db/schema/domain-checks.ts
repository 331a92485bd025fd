import { sql } from "drizzle-orm";
import { date, index, jsonb, pgPolicy, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { authenticatedRole } from "drizzle-orm/supabase";
import { domains } from "./domains";
import { organizations } from "./organizations";

/** An expected DNS record the resolver did not answer as kept. */
export interface DnsDrift {
  type: string;
  name: string;
  expected: string;
  actual: string[];
}

/** The certificate a TLS handshake presented, as the domain check read it. */
export interface CertificateSummary {
  issuer: string | null;
  subject: string | null;
  validFrom: string;
  validTo: string;
  names: string[];
  chain: { subject: string | null; issuer: string | null; validTo: string }[];
  /** Whether the runtime's trust store and the name check accepted it. */
  authorized: boolean;
}

/** One domain's daily DNS and TLS check, written by check-domains. */
export const domainChecks = pgTable(
  "domain_checks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    domainId: uuid("domain_id")
      .notNull()
      .references(() => domains.id, { onDelete: "cascade" }),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    checkedOn: date("checked_on").notNull(),
    checkedAt: timestamp("checked_at", { withTimezone: true }).notNull().defaultNow(),
    nameservers: text("nameservers").array().notNull().default([]),
    dnsDrift: jsonb("dns_drift").$type<DnsDrift[]>().notNull().default([]),
    dnsError: text("dns_error"),
    certificate: jsonb("certificate").$type<CertificateSummary>(),
    tlsError: text("tls_error"),
  },
  (t) => [
    uniqueIndex("domain_checks_domain_id_checked_on_idx").on(t.domainId, t.checkedOn),
    index("domain_checks_org_id_idx").on(t.orgId),
    pgPolicy("domain_checks_select_member_or_staff", {
      for: "select",
      to: authenticatedRole,
      using: sql`org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff())`,
    }),
  ],
).enableRLS();
