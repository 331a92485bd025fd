import { createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import type { PGlite } from "@electric-sql/pglite";

/**
 * Serves PGlite over the Postgres wire protocol to many clients (postgres.js, Drizzle, psql, Deno).
 *
 * PGlite is one backend session, so clients must take turns. A turn is a whole protocol exchange, not a single
 * message: a client's extended-protocol messages (Parse/Bind/Describe/Execute) are forwarded together up to
 * their Sync, and a client keeps the backend until the backend reports ReadyForQuery "idle" for it — so an open
 * transaction, a Flush-driven exchange or a COPY is never interleaved with another client's statements.
 * (Queueing message by message lets one client's Bind land on another client's unnamed statement.)
 */

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const READY_FOR_QUERY = 0x5a; // 'Z'
const IDLE = 0x49; // 'I'
const TERMINATE = 0x58; // 'X'
/** Messages after which the client waits for an answer, so the batch so far must be forwarded. */
const BATCH_ENDS = new Set([
  0x53 /* Sync */, 0x51 /* Query */, 0x48 /* Flush */, 0x70 /* Password */, 0x64 /* CopyData */, 0x63 /* CopyDone */,
  0x66 /* CopyFail */,
]);

interface Connection {
  socket: Socket;
  buffer: Buffer;
  started: boolean;
  pending: Buffer[];
}

interface Turn {
  connection: Connection;
  batch: Uint8Array;
}

export class PostgresWireServer {
  readonly #db: PGlite;
  readonly #server: Server;
  readonly #connections = new Set<Connection>();
  readonly #queue: Turn[] = [];
  #owner: Connection | null = null;
  #pumping = false;

  constructor(db: PGlite) {
    this.#db = db;
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
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #accept(socket: Socket): void {
    const connection: Connection = { socket, buffer: Buffer.alloc(0), started: false, pending: [] };
    this.#connections.add(connection);
    socket.setNoDelay(true);
    socket.on("data", (chunk) => this.#receive(connection, chunk));
    socket.on("error", () => socket.destroy());
    socket.on("close", () => void this.#disconnect(connection));
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
          this.#enqueue(connection, buffer.subarray(0, length));
        }
        continue;
      }
      if (buffer.length < 5) return;
      const type = buffer[0]!;
      const length = 1 + buffer.readInt32BE(1);
      if (buffer.length < length) return;
      const message = buffer.subarray(0, length);
      connection.buffer = buffer.subarray(length);
      if (type === TERMINATE) {
        connection.socket.end();
        return;
      }
      connection.pending.push(message);
      if (BATCH_ENDS.has(type)) {
        this.#enqueue(connection, Buffer.concat(connection.pending));
        connection.pending = [];
      }
    }
  }

  #enqueue(connection: Connection, batch: Uint8Array): void {
    this.#queue.push({ connection, batch: new Uint8Array(batch) });
    void this.#pump();
  }

  async #pump(): Promise<void> {
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      for (;;) {
        const index = this.#owner ? this.#queue.findIndex((t) => t.connection === this.#owner) : 0;
        if (index < 0 || this.#queue.length === 0) return;
        const [turn] = this.#queue.splice(index, 1);
        this.#owner = (await this.#run(turn!)) ? null : turn!.connection;
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
      console.error("postgres: protocol error, closing the client", error);
      connection.socket.destroy();
      return !this.#db.isInTransaction();
    }
    return tail.length === 6 && tail[0] === READY_FOR_QUERY && tail.readInt32BE(1) === 5 && tail[5] === IDLE;
  }

  async #disconnect(connection: Connection): Promise<void> {
    this.#connections.delete(connection);
    for (let i = this.#queue.length - 1; i >= 0; i--)
      if (this.#queue[i]!.connection === connection) this.#queue.splice(i, 1);
    if (this.#owner !== connection) return;
    // A client that vanished mid-transaction must not leave the shared session inside it.
    if (this.#db.isInTransaction()) await this.#db.runExclusive(() => this.#db.exec("rollback"));
    this.#owner = null;
    void this.#pump();
  }
}
