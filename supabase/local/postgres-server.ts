import { createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import {
  ABANDON_CLIENT,
  CANCEL_REQUEST,
  GSSENC_REQUEST,
  MessageType,
  SSL_REQUEST,
  TransactionStatus,
  endingStatus,
  errorResponse,
  readyForQuery,
  simpleQuery,
  startupParameters,
} from "./postgres-wire.ts";

/**
 * Serves PGlite over the Postgres wire protocol to many clients (postgres.js, Drizzle, psql, Deno).
 *
 * PGlite is one backend session, so clients take turns, like Supavisor's transaction mode hands one server
 * connection to one client transaction at a time. A turn is a whole protocol exchange, not a single message: a
 * client's extended-protocol messages (Parse/Bind/Describe/Execute) are forwarded together up to their Sync, and
 * a client holds the backend until the backend reports ReadyForQuery "idle" for it — so an open transaction, a
 * Flush-driven exchange or a COPY is never interleaved with another client's statements. (Queueing message by
 * message lets one client's Bind land on another client's unnamed statement.)
 *
 * Because the session is shared, what a client leaves in it is cleared before another client's turn: a client
 * that goes away mid-transaction is rolled back, and whenever the session passes to another client it is reset
 * as a new connection would find it (role, settings, prepared statements, cursors, temp tables, advisory
 * locks). Session state therefore never survives from one client to another — do not rely on it surviving
 * between your own transactions either, exactly as with a transaction pooler.
 */

export interface WireServerOptions {
  /** Ends a client that holds the session without sending anything for this long (Postgres' 25P03). */
  idleInTransactionTimeoutMs: number;
  /** Refuses a statement that waited this long for the session while another client held it. */
  sessionWaitTimeoutMs: number;
  /** Statements that give a freshly reset session the settings every client expects (e.g. search_path). */
  sessionDefaults: string;
  log: (line: string) => void;
  /**
   * Sees the text of every statement a client sends (simple Query or Parse) with the client's application name,
   * for benchmarks that count a page's statements apart from those of the stack's own services.
   */
  onStatement?: (sql: string, applicationName: string) => void;
}

/** Messages after which the client waits for an answer, so the batch so far must be forwarded. */
const BATCH_ENDS = new Set<number>([
  MessageType.Sync,
  MessageType.Query,
  MessageType.Flush,
  MessageType.Password,
  MessageType.CopyData,
  MessageType.CopyDone,
  MessageType.CopyFail,
]);

/**
 * What `DISCARD ALL` does, in statements that may share one query string, less `discard plans`: cached plans are
 * invisible to clients, and dropping them on every hand-over would re-plan every RLS helper (a third of the
 * throughput).
 */
const RESET_SESSION = `
  close all; set session authorization default; reset all; deallocate all; unlisten *;
  select pg_advisory_unlock_all(); discard temp; discard sequences;`;

interface Connection {
  socket: Socket;
  /** Who the client is, for logs: application name, user and address. */
  label: string;
  /** The startup packet's `application_name`, empty when the client gave none. */
  applicationName: string;
  buffer: Buffer;
  started: boolean;
  closed: boolean;
  pending: Buffer[];
  idleTimer?: NodeJS.Timeout;
  /** When the client last took the session while not holding it. */
  heldSince: number;
}

interface Turn {
  connection: Connection;
  batch: Uint8Array;
  /** The batch's last message type, or 0 for a startup packet. */
  lastType: number;
  waitTimer: NodeJS.Timeout;
}

export class PostgresWireServer {
  readonly #db: PGlite;
  readonly #options: WireServerOptions;
  readonly #server: Server;
  readonly #connections = new Set<Connection>();
  readonly #queue: Turn[] = [];
  /** The client whose statements last ran: the session's state is its state. */
  #holder: Connection | null = null;
  /** True while the holder keeps the session to itself (transaction open, exchange unfinished). */
  #held = false;
  #running: Connection | null = null;
  #pumping = false;
  readonly #resetQuery: Uint8Array;

  constructor(db: PGlite, options: WireServerOptions) {
    this.#db = db;
    this.#options = options;
    this.#resetQuery = simpleQuery(`${RESET_SESSION} ${options.sessionDefaults}`);
    this.#server = createServer((socket) => this.#accept(socket));
  }

  listen(port: number, host = "127.0.0.1"): Promise<number> {
    return new Promise((resolve, reject) => {
      this.#server.once("error", reject);
      this.#server.listen(port, host, () => resolve((this.#server.address() as AddressInfo).port));
    });
  }

  async close(): Promise<void> {
    for (const connection of this.#connections) connection.socket.destroy();
    for (const turn of this.#queue) clearTimeout(turn.waitTimer);
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #accept(socket: Socket): void {
    const connection: Connection = {
      socket,
      label: `${socket.remoteAddress}:${socket.remotePort}`,
      applicationName: "",
      buffer: Buffer.alloc(0),
      started: false,
      closed: false,
      pending: [],
      heldSince: 0,
    };
    this.#connections.add(connection);
    socket.setNoDelay(true);
    // A peer that vanished without a FIN (a suspended laptop, a dropped VM) is eventually noticed.
    socket.setKeepAlive(true, 10_000);
    socket.on("data", (chunk) => this.#receive(connection, chunk));
    socket.on("error", () => socket.destroy());
    socket.on("close", () => this.#disconnect(connection));
  }

  #receive(connection: Connection, chunk: Buffer): void {
    connection.buffer = Buffer.concat([connection.buffer, chunk]);
    for (;;) {
      const { buffer } = connection;
      if (!connection.started) {
        if (buffer.length < 8) return;
        const length = buffer.readInt32BE(0);
        if (buffer.length < length) return;
        const code = buffer.readInt32BE(4);
        connection.buffer = buffer.subarray(length);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
          connection.socket.write("N");
        } else if (code === CANCEL_REQUEST) {
          connection.socket.destroy();
          return;
        } else {
          connection.started = true;
          const packet = buffer.subarray(0, length);
          const { application_name: app, user } = startupParameters(packet);
          connection.applicationName = app ?? "";
          connection.label = `${app || "client"} (${user ?? "?"}@${connection.label})`;
          this.#enqueue(connection, packet, 0);
        }
        continue;
      }
      if (buffer.length < 5) return;
      const type = buffer[0]!;
      const length = 1 + buffer.readInt32BE(1);
      if (buffer.length < length) return;
      const message = buffer.subarray(0, length);
      connection.buffer = buffer.subarray(length);
      if (type === MessageType.Terminate) {
        connection.socket.end();
        return;
      }
      if (this.#options.onStatement) this.#observe(connection, type, message);
      connection.pending.push(message);
      if (BATCH_ENDS.has(type)) {
        this.#enqueue(connection, Buffer.concat(connection.pending), type);
        connection.pending = [];
      }
    }
  }

  #observe(connection: Connection, type: number, message: Buffer): void {
    // Query: the SQL after the header; Parse: a statement name, then the SQL.
    const body = message.subarray(5);
    const start = type === MessageType.Query ? 0 : type === MessageType.Parse ? body.indexOf(0) + 1 : -1;
    if (start < 0) return;
    this.#options.onStatement?.(
      body.subarray(start, body.indexOf(0, start)).toString("utf8"),
      connection.applicationName,
    );
  }

  #enqueue(connection: Connection, batch: Buffer, lastType: number): void {
    clearTimeout(connection.idleTimer);
    const turn: Turn = { connection, batch: new Uint8Array(batch), lastType, waitTimer: undefined! };
    turn.waitTimer = setTimeout(() => this.#waitedTooLong(turn), this.#options.sessionWaitTimeoutMs);
    this.#queue.push(turn);
    void this.#pump();
  }

  #nextTurn(): Turn | undefined {
    const holding = this.#held && this.#holder && !this.#holder.closed ? this.#holder : null;
    const index = holding ? this.#queue.findIndex((t) => t.connection === holding) : 0;
    return index < 0 ? undefined : this.#queue.splice(index, 1)[0];
  }

  /** The only code that talks to the backend, so a reset can never interleave with a client's turn. */
  async #pump(): Promise<void> {
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      for (;;) {
        if (this.#holder?.closed) await this.#resetSession();
        const turn = this.#nextTurn();
        if (!turn) return;
        clearTimeout(turn.waitTimer);
        if (this.#holder !== turn.connection) {
          if (this.#holder) await this.#resetSession();
          this.#holder = turn.connection;
          turn.connection.heldSince = Date.now();
        }
        this.#running = turn.connection;
        this.#held = !(await this.#run(turn));
        this.#running = null;
        if (!this.#held) continue;
        const { connection } = turn;
        if (!this.#queue.some((t) => t.connection === connection)) this.#armIdleTimer(connection);
      }
    } finally {
      this.#pumping = false;
    }
  }

  /** Forwards one batch; true when the backend ended it idle (no transaction, nothing half-done). */
  async #run({ connection, batch }: Turn): Promise<boolean> {
    let tail = Buffer.alloc(0);
    try {
      await this.#db.runExclusive(() =>
        this.#db.execProtocolRawStream(batch, {
          onRawData: (data) => {
            if (!connection.socket.destroyed) connection.socket.write(data);
            tail = Buffer.concat([tail, Buffer.from(data)]).subarray(-6);
          },
        }),
      );
    } catch (error) {
      this.#options.log(`postgres: protocol error from ${connection.label}, closing it: ${String(error)}`);
      connection.socket.destroy();
      return false;
    }
    return endingStatus(tail) === TransactionStatus.Idle;
  }

  /**
   * Gives the session back as a new connection finds it. A holder that left mid-exchange or mid-transaction
   * is first brought back to a command boundary and rolled back.
   */
  async #resetSession(): Promise<void> {
    const { log } = this.#options;
    try {
      if (this.#held) await this.#backend(ABANDON_CLIENT);
      await this.#backend(this.#resetQuery);
    } catch (error) {
      log(`postgres: resetting the session failed: ${String(error)}`);
    }
    this.#holder = null;
    this.#held = false;
  }

  /** Sends the server's own messages to the backend; their answers go nowhere (no client is waiting for them). */
  #backend(messages: Uint8Array): Promise<void> {
    return this.#db.runExclusive(() => this.#db.execProtocolRawStream(messages, { onRawData: () => {} }));
  }

  #armIdleTimer(connection: Connection): void {
    connection.idleTimer = setTimeout(() => {
      if (this.#holder !== connection || !this.#held || this.#running === connection) return;
      const seconds = this.#options.idleInTransactionTimeoutMs / 1000;
      this.#options.log(
        `postgres: ${connection.label} kept a transaction open without sending anything for ${seconds} s; ended it and rolled back`,
      );
      connection.socket.end(
        errorResponse("FATAL", "25P03", "terminating connection due to idle-in-transaction timeout"),
      );
      // Without waiting for the client to close its side, the session goes back to the others now.
      connection.socket.destroy();
    }, this.#options.idleInTransactionTimeoutMs);
  }

  /** A client that waited too long for the session gets an error naming the reason instead of hanging. */
  #waitedTooLong(turn: Turn): void {
    const { connection } = turn;
    // The holder's own pipelined batches progress with it; only a client kept out of the session is refused.
    if (connection === this.#running || (this.#held && connection === this.#holder)) return;
    const index = this.#queue.indexOf(turn);
    if (index < 0) return;
    this.#queue.splice(index, 1);
    const holder = this.#held ? this.#holder : this.#running;
    const heldFor = holder ? `${Math.round((Date.now() - holder.heldSince) / 1000)} s` : "";
    const blame = holder ? `; ${holder.label} has held it for ${heldFor}` : "";
    const text = `canceling statement: waited ${this.#options.sessionWaitTimeoutMs / 1000} s for the local database session${blame}`;
    this.#options.log(`postgres: ${connection.label} ${text.replace("canceling statement: ", "")}`);
    const answerable = turn.lastType === MessageType.Sync || turn.lastType === MessageType.Query;
    if (answerable) {
      connection.socket.write(
        Buffer.concat([errorResponse("ERROR", "57014", text), readyForQuery(TransactionStatus.Idle)]),
      );
    } else {
      connection.socket.end(errorResponse("FATAL", "57014", text));
    }
  }

  #disconnect(connection: Connection): void {
    connection.closed = true;
    clearTimeout(connection.idleTimer);
    this.#connections.delete(connection);
    for (let i = this.#queue.length - 1; i >= 0; i--) {
      const turn = this.#queue[i]!;
      if (turn.connection !== connection) continue;
      clearTimeout(turn.waitTimer);
      this.#queue.splice(i, 1);
    }
    if (this.#holder === connection) void this.#pump();
  }
}
