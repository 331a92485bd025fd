/** The few Postgres wire-protocol messages the local server writes itself, and the startup packet it reads. */

export const SSL_REQUEST = 80877103;
export const GSSENC_REQUEST = 80877104;
export const CANCEL_REQUEST = 80877102;

export const MessageType = {
  ReadyForQuery: 0x5a, // 'Z'
  Terminate: 0x58, // 'X'
  Sync: 0x53, // 'S'
  Query: 0x51, // 'Q'
  Parse: 0x50, // 'P'
  Flush: 0x48, // 'H'
  Password: 0x70, // 'p'
  CopyData: 0x64, // 'd'
  CopyDone: 0x63, // 'c'
  CopyFail: 0x66, // 'f'
} as const;

export const TransactionStatus = { Idle: 0x49 /* I */, InBlock: 0x54 /* T */, Failed: 0x45 /* E */ } as const;

function message(type: number, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header[0] = type;
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

function cstring(value: string): Buffer {
  return Buffer.concat([Buffer.from(value, "utf8"), Buffer.alloc(1)]);
}

/** An ErrorResponse as a server sends it: severity (localized and not), SQLSTATE and message. */
export function errorResponse(severity: "ERROR" | "FATAL", code: string, text: string): Buffer {
  const fields = [
    [0x53 /* S */, severity],
    [0x56 /* V */, severity],
    [0x43 /* C */, code],
    [0x4d /* M */, text],
  ] as const;
  return message(
    0x45 /* E */,
    Buffer.concat([
      ...fields.map(([field, value]) => Buffer.concat([Buffer.of(field), cstring(value)])),
      Buffer.alloc(1),
    ]),
  );
}

export function readyForQuery(status: number): Buffer {
  return message(MessageType.ReadyForQuery, Buffer.of(status));
}

/** A simple-protocol Query: the backend answers it without the caller parsing rows. */
export function simpleQuery(sql: string): Uint8Array {
  return new Uint8Array(message(MessageType.Query, cstring(sql)));
}

/**
 * What returns the session of a client that vanished to a clean state: CopyFail aborts a COPY FROM STDIN (outside
 * COPY a backend ignores it), Sync ends an extended-protocol exchange, and then the transaction is rolled back.
 */
export const ABANDON_CLIENT = new Uint8Array(
  Buffer.concat([
    message(MessageType.CopyFail, cstring("client disconnected")),
    message(MessageType.Sync, Buffer.alloc(0)),
    simpleQuery("rollback"),
  ]),
);

/** The parameters of a StartupMessage (user, database, application_name, …) after its length and version. */
export function startupParameters(packet: Buffer): Record<string, string> {
  const parts = packet.subarray(8).toString("utf8").split("\0");
  const parameters: Record<string, string> = {};
  for (let i = 0; i + 1 < parts.length && parts[i]; i += 2) parameters[parts[i]!] = parts[i + 1]!;
  return parameters;
}

/** The transaction status of the ReadyForQuery that ends `tail` (the last bytes a backend sent), if it ends in one. */
export function endingStatus(tail: Buffer): number | null {
  return tail.length === 6 && tail[0] === MessageType.ReadyForQuery && tail.readInt32BE(1) === 5 ? tail[5]! : null;
}
