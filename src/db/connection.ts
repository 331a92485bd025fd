import "server-only";
import postgres from "postgres";
import { env } from "../env";

let sql: postgres.Sql | undefined;

/**
 * One pool per server process. `prepare: false` keeps it usable behind Supabase's transaction-mode pooler
 * (and the local stack's single-session Postgres), where named prepared statements do not survive. The
 * application name tells Arco's sessions apart in `pg_stat_activity` and the local stack's statement counts.
 */
export function connection(): postgres.Sql {
  sql ??= postgres(env().DATABASE_URL, {
    prepare: false,
    max: 10,
    idle_timeout: 20,
    onnotice: () => {},
    connection: { application_name: "arco" },
  });
  return sql;
}
