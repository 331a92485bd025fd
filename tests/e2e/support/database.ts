import postgres from "postgres";

/** The app's database (scripts/dev.ts serves it on --db-port), for what the agency's side or a reset does. */
const databaseUrl = process.env.E2E_DATABASE_URL ?? "postgresql://postgres:postgres@127.0.0.1:55322/postgres";

/** Runs one statement on its own short-lived connection (the local Postgres serves one transaction at a time). */
export async function database<T extends postgres.Row[]>(run: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    return await run(sql);
  } finally {
    await sql.end({ timeout: 1 });
  }
}
