import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FaultServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** What `/flaky` answers now; tests flip it between checks. */
  flakyStatus: number;
  close(): Promise<void>;
}

const CHUNK = Buffer.alloc(64 * 1024, "x");

/** Streams bytes until the client gives up: a body of any announced size that nobody should read whole. */
function endlessBody(res: ServerResponse, announced?: number) {
  res.writeHead(200, announced ? { "content-length": String(announced) } : {});
  const write = () => {
    while (!res.destroyed && res.write(CHUNK));
    if (!res.destroyed) res.once("drain", write);
  };
  write();
}

/**
 * A local site with the faults uptime checks must survive: `/ok` (200 "Welcome"), `/flaky` (the status the
 * test sets), `/error` (500), `/slow` (never answers), `/loop` (redirects to itself), `/huge` (announces 2 GB),
 * `/endless` (an unannounced body without end).
 */
export async function startFaultServer(): Promise<FaultServer> {
  const state = { flakyStatus: 200 };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    switch (path) {
      case "/ok":
        return res.writeHead(200, { "content-type": "text/html" }).end("<h1>Welcome</h1>");
      case "/flaky":
        return res.writeHead(state.flakyStatus, { "content-type": "text/html" }).end("<h1>Welcome</h1>");
      case "/error":
        return res.writeHead(500).end("Internal error");
      case "/slow":
        return; // never answers
      case "/loop":
        return res.writeHead(302, { location: "/loop" }).end();
      case "/huge":
        return endlessBody(res, 2 * 1024 ** 3);
      case "/endless":
        return endlessBody(res);
      default:
        return res.writeHead(404).end("Not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get flakyStatus() {
      return state.flakyStatus;
    },
    set flakyStatus(status: number) {
      state.flakyStatus = status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
