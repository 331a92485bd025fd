import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { PGlite, type Extensions } from "@electric-sql/pglite";
import { citext } from "@electric-sql/pglite/contrib/citext";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { pgcrypto } from "@electric-sql/pglite/contrib/pgcrypto";
import { vector } from "@electric-sql/pglite-pgvector";

const supabaseDir = new URL("..", import.meta.url).pathname;
const bootstrapDir = join(supabaseDir, "local", "bootstrap");
export const migrationsDir = join(supabaseDir, "migrations");
const seedFile = join(supabaseDir, "seed.sql");

/** What every client finds in the shared session: Supabase's default search_path. */
export const SESSION_DEFAULTS = `set search_path to "$user", public, extensions`;

export interface OpenDatabaseOptions {
  /** Folder to persist data in; omitted means in memory. */
  dataDir?: string;
  /** A `dumpDataDir()` archive to start from instead of an empty cluster (test template). */
  template?: Blob;
  /** Apply supabase/seed.sql when the database is created (default true). */
  seed?: boolean;
  log?: (line: string) => void;
  /** PGlite extensions to load besides the platform's (e.g. pgTAP for database tests). */
  extensions?: Extensions;
}

export interface Migration {
  version: string;
  name: string;
  file: string;
}

/** Migration files in the Supabase CLI's naming: `<version>_<name>.sql`, applied in version order. */
export function listMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d+_.+\.sql$/.test(f))
    .sort()
    .map((f) => {
      const [, version = "", name = ""] = /^(\d+)_(.+)\.sql$/.exec(f) ?? [];
      return { version, name, file: join(dir, f) };
    });
}

/** The local-only SQL that recreates what hosted Supabase has before any migration (roles, auth, storage). */
export function listBootstrapFiles(): string[] {
  return readdirSync(bootstrapDir)
    .filter((f) => f.endsWith(".sql"))
    .sort()
    .map((f) => join(bootstrapDir, f));
}

/**
 * Opens (creating on first use) the stack's Postgres: bootstrap, then every pending migration, recorded in
 * `supabase_migrations.schema_migrations` exactly like the Supabase CLI does, then the seed on creation.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<PGlite> {
  const log = options.log ?? (() => {});
  const db = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.template,
    extensions: { vector, pgcrypto, pg_trgm, citext, ...options.extensions },
  });
  await db.exec(SESSION_DEFAULTS);
  const created = !(await hasMigrationTable(db));
  if (created) {
    for (const file of listBootstrapFiles()) await db.exec(readFileSync(file, "utf8"));
    await db.exec(`
      create schema if not exists supabase_migrations;
      create table if not exists supabase_migrations.schema_migrations (
        version text primary key, statements text[], name text
      );`);
    log("database: bootstrapped the Supabase platform schemas");
  }
  const applied = await applyMigrations(db);
  if (applied > 0) log(`database: applied ${applied} migration(s)`);
  if (created && options.seed !== false && existsSync(seedFile)) {
    await db.exec(readFileSync(seedFile, "utf8"));
    log("database: seeded demo data");
  }
  return db;
}

async function hasMigrationTable(db: PGlite): Promise<boolean> {
  const { rows } = await db.query<{ t: string | null }>(
    "select to_regclass('supabase_migrations.schema_migrations')::text as t",
  );
  return rows[0]?.t != null;
}

async function applyMigrations(db: PGlite): Promise<number> {
  const { rows } = await db.query<{ version: string }>("select version from supabase_migrations.schema_migrations");
  const done = new Set(rows.map((r) => r.version));
  let count = 0;
  for (const m of listMigrations()) {
    if (done.has(m.version)) continue;
    const sql = readFileSync(m.file, "utf8");
    // One transaction per migration, as `supabase db push` does: a failing file leaves nothing behind.
    await db.transaction(async (tx) => {
      await tx.exec(sql);
      await tx.query(
        "insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)",
        [m.version, m.name, [sql]],
      );
    });
    count++;
  }
  return count;
}
