import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Route = (req: IncomingMessage, res: ServerResponse, site: FixtureSite) => void;

export interface FixtureSite {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  /** Every request as `<Host header> <path>`, in arrival order. */
  seen: string[];
  close(): Promise<void>;
}

/** A real HTTP server on loopback standing in for the site being analyzed; unknown paths answer 404. */
export async function startFixtureSite(routes: Record<string, Route>): Promise<FixtureSite> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.headers.host} ${req.url}`);
    const route = routes[new URL(req.url ?? "/", "http://x").pathname];
    if (route) route(req, res, site);
    else res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const site: FixtureSite = {
    origin: `http://127.0.0.1:${port}`,
    port,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return site;
}

export function redirectTo(location: (site: FixtureSite) => string, status = 302): Route {
  return (_req, res, site) => res.writeHead(status, { location: location(site) }).end();
}
