import { execFile, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import postgres from "postgres";
import { listBootstrapFiles, listMigrations } from "./database.ts";

/**
 * A throwaway PostgreSQL 15 cluster (Debian's server packages) for what PGlite cannot show: PGlite runs one
 * transaction at a time, so races between concurrent backends (tier limits) and planner costs at realistic
 * volume (the RLS benchmark) need a real server with parallel backends.
 */

const binDir = "/usr/lib/postgresql/15/bin";
const run = promisify(execFile);

export interface Postgres15Cluster {
  /** Superuser connection URL (role `postgres`, trust authentication, 127.0.0.1 only). */
  url: string;
  /** `select version()`, so reports say which server produced them. */
  version: string;
  /** Migrations left out because they create an extension this server lacks (pgvector on Debian 12). */
  skippedMigrations: string[];
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Extra `postgres -c` settings (e.g. shared_buffers for the benchmark). */
  settings?: Record<string, string>;
  log?: (line: string) => void;
}

/** Fails with the fix in the message: CI must install the server, nothing is silently skipped. */
function requireBinaries(): void {
  const missing = ["initdb", "pg_ctl", "postgres"].filter((name) => !existsSync(join(binDir, name)));
  if (missing.length > 0) {
    throw new Error(
      `PostgreSQL 15 server binaries not found (${missing.map((name) => join(binDir, name)).join(", ")}). ` +
        "Install them with `apt-get install -y postgresql` (Debian 12 ships PostgreSQL 15).",
    );
  }
}

/**
 * initdb and postgres refuse to run as root. As root, the cluster belongs to Debian's `postgres` OS user (a
 * dedicated system user is created where the package did not make one); otherwise to the current user.
 */
function clusterOwner(): { name: string; uid: number; gid: number } | null {
  if (userInfo().uid !== 0) return null;
  const lookup = () => spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  if (lookup().status !== 0) {
    const created = spawnSync("useradd", ["--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"]);
    if (created.status !== 0) throw new Error(`useradd postgres failed: ${created.stderr}`);
  }
  const uid = Number(lookup().stdout.trim());
  const gid = Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout.trim());
  return { name: "postgres", uid, gid };
}

function asOwner(owner: ReturnType<typeof clusterOwner>, command: string, args: string[]): [string, string[]] {
  return owner ? ["runuser", ["-u", owner.name, "--", command, ...args]] : [command, args];
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Creates, starts and migrates a cluster in a fresh temp folder. The cluster is stopped and its folder removed
 * by `stop()`, and also when the process exits or is interrupted first, so a failed run leaves nothing behind.
 */
export async function startPostgres15Cluster(options: StartOptions = {}): Promise<Postgres15Cluster> {
  requireBinaries();
  const log = options.log ?? (() => {});
  const owner = clusterOwner();
  const dir = mkdtempSync(join(tmpdir(), "arco-pg15-"));
  const dataDir = join(dir, "data");
  mkdirSync(dataDir, { mode: 0o700 });
  if (owner) {
    chownSync(dir, owner.uid, owner.gid);
    chownSync(dataDir, owner.uid, owner.gid);
  }
  const exec = (command: string, args: string[]) => {
    const [file, argv] = asOwner(owner, join(binDir, command), args);
    return run(file, argv, { cwd: dir });
  };

  let running = false;
  const stopSync = () => {
    if (running) spawnSync(...asOwner(owner, join(binDir, "pg_ctl"), ["-D", dataDir, "-m", "immediate", "stop"]));
    running = false;
    rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    stopSync();
    process.kill(process.pid, signal);
  };
  process.once("exit", stopSync);
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const forget = () => {
    process.off("exit", stopSync);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  };

  try {
    await exec("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
    const port = await freePort();
    // Durability is pointless for a cluster that is deleted afterwards; locking and MVCC are unaffected.
    const settings: Record<string, string> = {
      listen_addresses: "127.0.0.1",
      unix_socket_directories: dir,
      port: String(port),
      fsync: "off",
      synchronous_commit: "off",
      full_page_writes: "off",
      max_connections: "120",
      ...options.settings,
    };
    const postgresOptions = Object.entries(settings)
      .map(([name, value]) => `-c ${name}=${value}`)
      .join(" ");
    await exec("pg_ctl", [
      "-D",
      dataDir,
      "-l",
      join(dir, "server.log"),
      "-w",
      "-t",
      "60",
      "-o",
      postgresOptions,
      "start",
    ]);
    running = true;

    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    const skippedMigrations = await applySchema(url);
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    const [{ version }] = await sql<[{ version: string }]>`select version()`;
    await sql.end();
    log(`postgres15: ${version} on port ${port}`);

    return {
      url,
      version,
      skippedMigrations,
      async stop() {
        forget();
        if (running) await exec("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]);
        running = false;
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    const serverLog = join(dir, "server.log");
    const tail = existsSync(serverLog) ? readFileSync(serverLog, "utf8").split("\n").slice(-20).join("\n") : "";
    forget();
    stopSync();
    throw tail ? new Error(`${(error as Error).message}\nserver log:\n${tail}`, { cause: error }) : error;
  }
}

/**
 * The local bootstrap (roles, auth, storage), then every migration in order, each in its own transaction as
 * `supabase db push` does — except migrations that create an extension the server does not have. Returns the
 * names of those skipped.
 */
async function applySchema(url: string): Promise<string[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    for (const file of listBootstrapFiles()) await sql.unsafe(readFileSync(file, "utf8")).simple();
    const available = new Set(
      (await sql<{ name: string }[]>`select name from pg_available_extensions`).map((row) => row.name),
    );
    const skipped: string[] = [];
    for (const migration of listMigrations()) {
      const text = readFileSync(migration.file, "utf8");
      const needed = [...text.matchAll(/create\s+extension\s+(?:if\s+not\s+exists\s+)?"?(\w+)"?/gi)].map((m) => m[1]!);
      if (needed.some((name) => !available.has(name))) {
        skipped.push(`${migration.version}_${migration.name}.sql`);
        continue;
      }
      try {
        await sql.begin((tx) => tx.unsafe(text).simple());
      } catch (error) {
        throw new Error(`migration ${migration.version}_${migration.name}.sql failed: ${(error as Error).message}`, {
          cause: error,
        });
      }
    }
    return skipped;
  } finally {
    await sql.end();
  }
}
