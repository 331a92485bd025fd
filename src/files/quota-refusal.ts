/** What the storage quota's refusal says: bytes left, the limit, and what the upload needed. */
export interface QuotaRefusal {
  left: number;
  limit: number;
  needed: number;
}

/**
 * Reads the database's refusal as Storage passes it on: `tier_limit_exceeded:storage_bytes (N of M bytes left,
 * K needed)` (see the storage quota migration). Null for any other message.
 */
export function parseQuotaRefusal(message: string | undefined | null): QuotaRefusal | null {
  const match = /^tier_limit_exceeded:storage_bytes \((\d+) of (\d+) bytes left, (\d+) needed\)/.exec(message ?? "");
  if (!match) return null;
  return { left: Number(match[1]), limit: Number(match[2]), needed: Number(match[3]) };
}
