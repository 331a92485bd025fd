import "server-only";
import { sql } from "drizzle-orm";
import { AppError } from "@/src/errors/app-error";
import type { RequestDb } from "@/src/workspace/request-db";
import { generateApiKey } from "../api-key-secret";
import { scopesFor } from "../api-key-access";
import type { NewApiKeyInput } from "../api-key-schemas";
import { todayIn } from "@/src/projects/today-in";

export interface CreatedApiKey {
  id: string;
  name: string;
  /** The whole key: returned this once, never stored or shown again. */
  key: string;
  prefix: string;
}

/**
 * Creates a key as the request's user: row-level security lets only the organization's owners and admins
 * insert, and the database keeps only the key's hash and prefix. An expiry day ends at midnight in the
 * organization's time zone, and must be in the future.
 */
export async function createApiKey(
  db: RequestDb,
  organization: { id: string; timeZone: string },
  input: NewApiKeyInput,
): Promise<CreatedApiKey> {
  if (input.expiresOn && input.expiresOn < todayIn(organization.timeZone)) {
    throw new AppError("invalid_input", { detail: "expiresOn" });
  }
  // The end of that day where the organization is: Postgres knows the time zone rules, so it does the sum.
  const expiresAt = input.expiresOn
    ? sql`((${input.expiresOn}::date + 1)::timestamp at time zone ${organization.timeZone})`
    : null;
  const secret = generateApiKey();
  // Written as SQL: users hold INSERT on only some columns of api_keys, and Drizzle's insert names every column
  // (with DEFAULT), which Postgres checks as a write to each.
  const [row] = await db((tx) =>
    tx.execute<{ id: string; name: string }>(sql`
      insert into public.api_keys (org_id, name, prefix, key_hash, scopes, expires_at)
      values (${organization.id}, ${input.name}, ${secret.prefix}, ${secret.hash},
        ${`{${scopesFor(input.access).join(",")}}`}::text[], ${expiresAt})
      returning id, name`),
  );
  if (!row) throw new Error("insert into api_keys returned no row");
  return { id: row.id, name: row.name, key: secret.key, prefix: secret.prefix };
}
