import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import { existsSync } from "node:fs";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectRaw, frontendMessage, parseAndBind } from "../../support/raw-postgres.ts";
import { startTestStack, stackForThisFile, type TestStack } from "../../support/stack.ts";

/**
 * The local Postgres is one shared session served to many clients, like a transaction pooler. A client that
 * leaves mid-transaction, errors, or keeps a transaction open must never freeze the others or leave them its
 * state, as hosted Supabase (a real Postgres behind Supavisor) would not.
 */
const stack = stackForThisFile();
let b: postgres.Sql;
beforeAll(async () => {
  b = postgres(stack.dbUrl, { prepare: false, max: 1, onnotice: () => {}, connection: { application_name: "b" } });
  await stack.sql`create table public.wire_probe (id serial primary key, label text not null)`;
  await stack.sql`alter table public.wire_probe enable row level security`;
});
afterAll(async () => {
  await b.end();
});

/** Client B's `select 1` answers within 1 s of A's departure, and A's uncommitted rows are gone. */
async function expectServedPromptly(label: string): Promise<void> {
  const started = performance.now();
  const [row] = await b`select 1 as one`;
  expect(row).toEqual({ one: 1 });
  expect(performance.now() - started).toBeLessThan(1000);
  expect(await b`select count(*)::int as n from public.wire_probe where label = ${label}`).toEqual([{ n: 0 }]);
}

describe("a client that goes away mid-transaction", () => {
  it("(a) with an open transaction is rolled back at once", async () => {
    const a = await connectRaw(stack.dbUrl, "a");
    expect(await a.query("begin; insert into public.wire_probe (label) values ('open')")).toEqual({
      error: undefined,
      status: "T",
    });
    a.destroy();
    await a.closed;
    await expectServedPromptly("open");
  });

  it("(b) with a failed transaction is rolled back at once", async () => {
    const a = await connectRaw(stack.dbUrl, "a");
    await a.query("begin; insert into public.wire_probe (label) values ('failed')");
    expect(await a.query("select 1/0")).toEqual({ error: "22012", status: "E" });
    a.send(frontendMessage("X"));
    await a.closed;
    await expectServedPromptly("failed");
  });

  it("(c) halfway through an extended-protocol exchange is brought back to a command boundary", async () => {
    const a = await connectRaw(stack.dbUrl, "a");
    await a.query("begin; insert into public.wire_probe (label) values ('extended')");
    // Parse and Bind, then Flush: the backend answers and waits for the rest of the exchange, which never comes.
    a.send(...parseAndBind("insert into public.wire_probe (label) values ('extended')"), frontendMessage("H"));
    await new Promise((resolve) => setTimeout(resolve, 100));
    a.destroy();
    await a.closed;
    await expectServedPromptly("extended");
  });

  it("(d) killed with SIGKILL is rolled back at once", async () => {
    const script = `
      import postgres from "postgres";
      const sql = postgres(process.argv[1], { prepare: false, max: 1 });
      const tx = await sql.reserve();
      await tx\`begin\`;
      await tx\`insert into public.wire_probe (label) values ('killed')\`;
      console.log("holding");
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["--input-type=module", "-e", script, stack.dbUrl], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    await expectServedPromptly("killed");
  });

  // The stack runs in this process, so psql must run asynchronously for the server to answer it.
  it.runIf(existsSync("/usr/bin/psql"))("psql leaving a transaction open does not block the next psql", async () => {
    const psql = (...commands: string[]) =>
      promisify(execFile)("psql", [stack.dbUrl, "-At", ...commands.flatMap((c) => ["-c", c])], { timeout: 5000 });
    await psql("begin", "insert into public.wire_probe (label) values ('psql')");
    const started = performance.now();
    const { stdout } = await psql("select count(*) from public.wire_probe where label = 'psql'");
    expect(stdout.trim()).toBe("0");
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe("session state never passes from one client to another", () => {
  it("leaves no role, setting, prepared statement, cursor, temp table or advisory lock behind", async () => {
    const a = await connectRaw(stack.dbUrl, "a");
    for (const statement of [
      "set role anon",
      "select set_config('arco.leak', 'from a', false)",
      "set search_path to pg_catalog",
      "prepare leaked as select 1",
      "create temp table leaked_temp (x int)",
      "select pg_advisory_lock(42)",
      "begin; declare leaked_cursor cursor with hold for select 1; commit",
    ])
      expect((await a.query(statement)).error).toBeUndefined();
    // A is still connected: the session is handed over, not abandoned.
    const [state] = await b`
      select current_user as who, current_setting('arco.leak', true) as leak,
        current_setting('search_path') as search_path,
        (select count(*)::int from pg_prepared_statements) as prepared,
        (select count(*)::int from pg_cursors where name = 'leaked_cursor') as cursors,
        (select count(*)::int from pg_class where relname = 'leaked_temp') as temp_tables,
        (select count(*)::int from pg_locks where locktype = 'advisory') as advisory_locks`;
    expect(state).toEqual({
      who: "postgres",
      leak: "",
      search_path: '"$user", public, extensions',
      prepared: 0,
      cursors: 0,
      temp_tables: 0,
      advisory_locks: 0,
    });
    a.destroy();
  });

  it("serves 200 clients that come and go at random points, and keeps exactly what was committed", async () => {
    let committed = 0;
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const client = async (n: number) => {
      const a = await connectRaw(stack.dbUrl, `churn-${n}`);
      const leaveAt = Math.floor(random() * 5);
      const steps = [
        "begin",
        `insert into public.wire_probe (label) values ('churn')`,
        "select pg_sleep(0.001)",
        "commit",
        "select 1",
      ];
      for (let step = 0; step < steps.length; step++) {
        if (step === leaveAt) break;
        await a.query(steps[step]!);
        if (steps[step] === "commit") committed++;
      }
      if (random() < 0.5) a.destroy();
      else a.send(frontendMessage("X"));
      await a.closed;
    };
    for (let wave = 0; wave < 20; wave++)
      await Promise.all(Array.from({ length: 10 }, (_, i) => client(wave * 10 + i)));
    expect(await b`select count(*)::int as n from public.wire_probe where label = 'churn'`).toEqual([{ n: committed }]);
    expect(committed).toBeGreaterThan(0);
    expect(committed).toBeLessThan(200);
  });
});

describe("no client holds the database hostage", () => {
  let timed: TestStack;
  beforeAll(async () => {
    timed = await startTestStack({
      config: { db: { idle_in_transaction_session_timeout: 2, session_wait_timeout: 1 } },
    });
  });
  afterAll(async () => {
    await timed.stop();
  });

  it("ends a client idle in a transaction past the timeout with 25P03, and the others proceed", async () => {
    const a = await connectRaw(timed.dbUrl, "idle-holder");
    await a.query("begin; create table public.idle_probe (x int)");
    const error = await a.nextError();
    expect(error).toEqual({
      code: "25P03",
      severity: "FATAL",
      message: "terminating connection due to idle-in-transaction timeout",
    });
    await a.closed;
    const [row] = await timed.sql`select to_regclass('public.idle_probe') is null as gone`;
    expect(row).toEqual({ gone: true });
  });

  it("answers a client kept waiting for the session with a clear error naming the holder", async () => {
    const holder = await connectRaw(timed.dbUrl, "slow-holder");
    await holder.query("begin");
    const waiter = postgres(timed.dbUrl, { prepare: false, max: 1, onnotice: () => {} });
    try {
      const started = performance.now();
      const failure = await waiter`select 1`.catch((error: postgres.PostgresError) => error);
      expect(failure).toMatchObject({ code: "57014" });
      expect((failure as Error).message).toMatch(/waited 1 s for the local database session; slow-holder/);
      expect(performance.now() - started).toBeLessThan(3000);
      await holder.query("commit");
      expect(await waiter`select 2 as two`).toEqual([{ two: 2 }]);
    } finally {
      holder.destroy();
      await waiter.end();
    }
  });
});
