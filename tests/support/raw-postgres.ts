import { connect, type Socket } from "node:net";

/**
 * A Postgres client at the level of wire messages, for tests that must leave a server in states no driver
 * would: mid-exchange, mid-transaction, cut off without a Terminate.
 */
export interface RawClient {
  /** Runs one simple-protocol query; resolves with its error's SQLSTATE, if any, once ReadyForQuery arrives. */
  query(sql: string): Promise<{ error?: string; status: string }>;
  /** Writes messages without waiting for anything. */
  send(...messages: Buffer[]): void;
  /** Resolves with the next ErrorResponse the server sends on its own (e.g. a timeout), and its message. */
  nextError(): Promise<{ code: string; message: string; severity: string }>;
  /** Cuts the connection without a Terminate, as a crash would. */
  destroy(): void;
  closed: Promise<void>;
}

export function frontendMessage(type: string, body: Buffer = Buffer.alloc(0)): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, "latin1");
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

const cstring = (value: string) => Buffer.concat([Buffer.from(value), Buffer.alloc(1)]);

/** Parse + Bind of an unnamed statement, the first half of an extended-protocol exchange. */
export function parseAndBind(sql: string): Buffer[] {
  return [
    frontendMessage("P", Buffer.concat([cstring(""), cstring(sql), Buffer.from([0, 0])])),
    frontendMessage("B", Buffer.concat([cstring(""), cstring(""), Buffer.from([0, 0, 0, 0, 0, 0])])),
  ];
}

function errorFields(body: Buffer): Record<string, string> {
  const fields: Record<string, string> = {};
  let at = 0;
  while (at < body.length && body[at] !== 0) {
    const end = body.indexOf(0, at + 1);
    fields[String.fromCharCode(body[at]!)] = body.subarray(at + 1, end).toString();
    at = end + 1;
  }
  return fields;
}

export async function connectRaw(dbUrl: string, applicationName = "raw-test"): Promise<RawClient> {
  const url = new URL(dbUrl);
  const socket: Socket = connect(Number(url.port), url.hostname);
  socket.on("error", () => {});
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  let buffer = Buffer.alloc(0);
  type Message = { type: string; body: Buffer };
  /** Each listener sees every message until it returns true. */
  const listeners = new Set<(message: Message) => boolean>();
  socket.on("data", (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    while (buffer.length >= 5 && buffer.length >= 1 + buffer.readInt32BE(1)) {
      const length = 1 + buffer.readInt32BE(1);
      const message = { type: String.fromCharCode(buffer[0]!), body: buffer.subarray(5, length) };
      buffer = buffer.subarray(length);
      for (const listener of [...listeners]) if (listener(message)) listeners.delete(listener);
    }
  });
  const untilReady = () =>
    new Promise<{ error?: string; status: string }>((resolve) => {
      let error: string | undefined;
      listeners.add((m) => {
        if (m.type === "E") error ??= errorFields(m.body).C;
        if (m.type !== "Z") return false;
        resolve({ error, status: String.fromCharCode(m.body[0]!) });
        return true;
      });
    });

  await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  const parameters = Buffer.concat([
    ...["user", url.username, "database", url.pathname.slice(1), "application_name", applicationName].map(cstring),
    Buffer.alloc(1),
  ]);
  const startup = Buffer.alloc(8);
  startup.writeInt32BE(8 + parameters.length, 0);
  startup.writeInt32BE(196608, 4);
  const ready = untilReady();
  socket.write(Buffer.concat([startup, parameters]));
  await ready;

  return {
    query(sql) {
      const answered = untilReady();
      socket.write(frontendMessage("Q", cstring(sql)));
      return answered;
    },
    send(...messages) {
      socket.write(Buffer.concat(messages));
    },
    nextError() {
      return new Promise((resolve) =>
        listeners.add((m) => {
          if (m.type !== "E") return false;
          const fields = errorFields(m.body);
          resolve({ code: fields.C ?? "", message: fields.M ?? "", severity: fields.V ?? "" });
          return true;
        }),
      );
    },
    destroy() {
      socket.destroy();
    },
    closed,
  };
}
