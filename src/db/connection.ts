import "server-only";
import postgres from "postgres";
import { env } from "../env";

let sql: postgres.Sql | undefined;

/**
 * One pool per server process. `prepare: false` keeps it usable behind Supabase's transaction-mode pooler
 * (and the local stack's single-session Postgres), where named prepared statements do not survive.
 */
export function connection(): postgres.Sql {
  sql ??= postgres(env().DATABASE_URL, { prepare: false, max: 10, idle_timeout: 20, onnotice: () => {} });
  return sql;
}
