import { boolean, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { citext } from "./citext";
import { agencyManagedPolicies, clientAdminInsertPolicy } from "./projects";

/** One DNS record as the DNS screen shows it; the database checks this shape. */
export interface DnsRecord {
  type: "A" | "AAAA" | "CAA" | "CNAME" | "MX" | "NS" | "SRV" | "TXT";
  name: string;
  value: string;
  ttl: number;
}

/** A client's domains with DNS and SSL state, kept by the agency (the `domains` tier limit applies on insert). */
export const domains = pgTable(
  "domains",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull(),
    name: citext("name").notNull(),
    status: text("status", { enum: ["active", "pending", "expired", "transferring"] })
      .notNull()
      .default("pending"),
    registrar: text("registrar"),
    nameservers: text("nameservers").array().notNull().default([]),
    dnsRecords: jsonb("dns_records").$type<DnsRecord[]>().notNull().default([]),
    sslStatus: text("ssl_status", { enum: ["valid", "expiring", "expired", "none"] })
      .notNull()
      .default("none"),
    sslProvider: text("ssl_provider"),
    sslExpiresAt: timestamp("ssl_expires_at", { withTimezone: true }),
    registeredAt: timestamp("registered_at", { withTimezone: true }),
    renewsAt: timestamp("renews_at", { withTimezone: true }),
    autoRenew: boolean("auto_renew").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("domains_org_id_name_idx").on(t.orgId, t.name),
    uniqueIndex("domains_id_org_id_idx").on(t.id, t.orgId),
    index("domains_renews_at_idx").on(t.renewsAt),
    index("domains_ssl_expires_at_idx").on(t.sslExpiresAt),
    ...agencyManagedPolicies("domains"),
    clientAdminInsertPolicy("domains"),
  ],
).enableRLS();
