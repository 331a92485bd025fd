import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, or the raw text when the body is not JSON. */
  body: unknown;
}

export interface FakeReply {
  status: number;
  body: unknown;
  /** Extra response headers (Retry-After, say). */
  headers?: Record<string, string>;
}

export interface FakeHttpServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** A real HTTP server (on an ephemeral port unless `port` is given) that records each request and answers with JSON. */
export async function startFakeHttpServer(
  answer: (request: RecordedRequest) => FakeReply,
  port = 0,
): Promise<FakeHttpServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    let body: unknown = text;
    if (req.headers["content-type"]?.startsWith("application/x-www-form-urlencoded")) {
      body = Object.fromEntries(new URLSearchParams(text));
    } else {
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // Kept as text: a test may want to see what was sent.
      }
    }
    const request: RecordedRequest = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, body };
    requests.push(request);
    const { status, body: replyBody, headers } = answer(request);
    res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(replyBody));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
