import { z } from "zod";
import type { domains } from "@/src/db/schema";
import { isoDate } from "../pagination";

export const domainResource = z
  .object({
    id: z.uuid(),
    name: z.string(),
    status: z.enum(["active", "pending", "expired", "transferring"]),
    registrar: z.string().nullable(),
    nameservers: z.array(z.string()),
    ssl_status: z.enum(["valid", "expiring", "expired", "none"]),
    ssl_expires_at: z.iso.datetime().nullable(),
    registered_at: z.iso.datetime().nullable(),
    renews_at: z.iso.datetime().nullable(),
    auto_renew: z.boolean(),
  })
  .meta({ id: "Domain" });

export function toDomainResource(row: typeof domains.$inferSelect): z.output<typeof domainResource> {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    registrar: row.registrar,
    nameservers: row.nameservers,
    ssl_status: row.sslStatus,
    ssl_expires_at: isoDate(row.sslExpiresAt),
    registered_at: isoDate(row.registeredAt),
    renews_at: isoDate(row.renewsAt),
    auto_renew: row.autoRenew,
  };
}
