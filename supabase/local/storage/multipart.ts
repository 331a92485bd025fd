import { errors } from "./errors.ts";

/** A part of a multipart/form-data body: a text field, or the first file with its bytes still streaming. */
export type FormPart =
  | { kind: "field"; name: string; value: string }
  | { kind: "file"; name: string; contentType: string | undefined; body: AsyncIterable<Uint8Array> };

const CRLF = Buffer.from("\r\n");
/** One header line; Storage's multipart reader refuses longer ones too. */
const MAX_HEADER_LINE = 16 * 1024;
/** What may precede the first boundary (clients send none). */
const MAX_PREAMBLE = 64 * 1024;

/**
 * Reads a stream through a small window: what was received but not consumed yet. Nothing is ever held beyond
 * one chunk plus the few bytes a delimiter could straddle.
 */
class Scanner {
  private window: Buffer = Buffer.alloc(0);
  private ended = false;
  private readonly source: AsyncIterator<Uint8Array>;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.source = source[Symbol.asyncIterator]();
  }

  private async more(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.source.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    this.window = this.window.length === 0 ? chunk : Buffer.concat([this.window, chunk]);
    return true;
  }

  /** The bytes before `needle` (which is consumed too); null when the stream ends first. */
  async readUntil(needle: Buffer, max: number): Promise<Buffer | null> {
    for (;;) {
      const at = this.window.indexOf(needle);
      if (at >= 0) {
        const before = this.window.subarray(0, at);
        this.window = this.window.subarray(at + needle.length);
        return before;
      }
      if (this.window.length > max + needle.length) throw errors.invalidRequest("Malformed multipart body");
      if (!(await this.more())) return null;
    }
  }

  /** The next `count` bytes, without consuming them; fewer when the stream ends first. */
  async peek(count: number): Promise<Buffer> {
    while (this.window.length < count && (await this.more()));
    return this.window.subarray(0, count);
  }

  /** Streams the bytes before `needle`, then consumes it; a stream that ends first is a malformed form. */
  async *streamUntil(needle: Buffer): AsyncGenerator<Uint8Array> {
    // A delimiter can straddle two chunks: keep its length minus one byte back until the next chunk arrives.
    const keep = needle.length - 1;
    for (;;) {
      const at = this.window.indexOf(needle);
      if (at >= 0) {
        const before = this.window.subarray(0, at);
        this.window = this.window.subarray(at + needle.length);
        if (before.length > 0) yield before;
        return;
      }
      if (this.window.length > keep) {
        const ready = this.window.subarray(0, this.window.length - keep);
        this.window = this.window.subarray(this.window.length - keep);
        yield ready;
      }
      if (!(await this.more())) throw errors.invalidRequest("Unexpected end of multipart body");
    }
  }

  /** Reads and drops whatever is left (the closing delimiter, an epilogue). */
  async drain(): Promise<void> {
    this.window = Buffer.alloc(0);
    while (await this.more()) this.window = Buffer.alloc(0);
  }
}

export function boundaryOf(contentType: string): string | undefined {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

function parameter(header: string, name: string): string | undefined {
  const match = new RegExp(`;\\s*${name}="((?:[^"\\\\]|\\\\.)*)"`, "i").exec(header);
  if (match) return match[1]!.replace(/\\(.)/g, "$1");
  return new RegExp(`;\\s*${name}=([^;\\s]+)`, "i").exec(header)?.[1];
}

interface PartHeaders {
  name: string;
  filename: string | undefined;
  contentType: string | undefined;
}

async function readPartHeaders(scanner: Scanner): Promise<PartHeaders> {
  const headers = new Map<string, string>();
  for (;;) {
    const line = await scanner.readUntil(CRLF, MAX_HEADER_LINE);
    if (line === null) throw errors.invalidRequest("Unexpected end of multipart body");
    if (line.length === 0) break;
    const text = line.toString("utf8");
    const colon = text.indexOf(":");
    if (colon > 0) headers.set(text.slice(0, colon).trim().toLowerCase(), text.slice(colon + 1).trim());
  }
  const disposition = headers.get("content-disposition") ?? "";
  return {
    name: parameter(disposition, "name") ?? "",
    filename: parameter(disposition, "filename\\*") ?? parameter(disposition, "filename"),
    contentType: headers.get("content-type"),
  };
}

/**
 * The parts of a multipart/form-data body in order, read as they arrive: text fields are collected (at most
 * `fieldBytes` in all), and the first file part ends the walk with its bytes as a stream, like Storage's reader
 * (`request.file()`), which also takes the fields sent before the file and ignores anything after it. Nothing
 * buffers the file: its bytes go to the consumer chunk by chunk, and the rest of the body is drained once they
 * are through.
 */
export async function* readMultipart(
  body: AsyncIterable<Uint8Array>,
  boundary: string,
  fieldBytes: number,
): AsyncGenerator<FormPart> {
  const scanner = new Scanner(body);
  const dashBoundary = Buffer.from(`--${boundary}`);
  const delimiter = Buffer.concat([CRLF, dashBoundary]);
  if ((await scanner.readUntil(dashBoundary, MAX_PREAMBLE)) === null) return;
  let fieldsSize = 0;
  for (;;) {
    if ((await scanner.peek(2)).toString() === "--") return;
    // The rest of the boundary line (transport padding) and its CRLF.
    if ((await scanner.readUntil(CRLF, 1024)) === null) return;
    const part = await readPartHeaders(scanner);
    if (part.filename !== undefined) {
      const bytes = scanner.streamUntil(delimiter);
      yield {
        kind: "file",
        name: part.name,
        contentType: part.contentType,
        body: (async function* () {
          yield* bytes;
          await scanner.drain();
        })(),
      };
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of scanner.streamUntil(delimiter)) {
      fieldsSize += chunk.byteLength;
      if (fieldsSize > fieldBytes) throw errors.entityTooLarge();
      chunks.push(Buffer.from(chunk));
    }
    yield { kind: "field", name: part.name, value: Buffer.concat(chunks).toString("utf8") };
  }
}
