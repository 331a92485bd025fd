import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/**
 * Small local websites for the analyzer's tests and benchmark, served on 127.0.0.1 by a real HTTP server.
 * Every page declares an empty favicon so Chrome's favicon request adds no console error of its own.
 */
export interface FixtureSites {
  /** http://127.0.0.1:<port> */
  origin: string;
  url(path: string): string;
  /** Paths requested so far, in order (the preflight and Chrome both appear). */
  requests: string[];
  close(): Promise<void>;
}

const head = (title: string, extra = "") => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="A fixture page for the analyzer's tests.">
<link rel="icon" href="data:,">
<title>${title}</title>
${extra}
</head>`;

const fastPage = `${head("Fast page", "<style>body{font:16px/1.5 sans-serif;margin:2rem;color:#111;background:#fff}</style>")}
<body>
<main>
<h1>A fast page</h1>
<p>Plain text, no scripts, nothing to wait for. <a href="/about">About us</a></p>
</main>
</body>
</html>`;

const consoleErrorsPage = `${head("Console errors")}
<body>
<main><h1>A page that logs errors</h1><p>Two console errors and one uncaught exception.</p></main>
<script>
console.error("first fixture error");
console.error("second fixture error");
setTimeout(() => { throw new Error("uncaught fixture error"); }, 0);
</script>
</body>
</html>`;

/** Unused, render-blocking script weight, so Lighthouse has savings to report. */
const heavyScript = `/* fixture */\n${Array.from(
  { length: 4000 },
  (_, i) =>
    `function unusedFixtureFunction${i}(value) { return [value, ${i}, "padding text to make this script heavy"].join("-"); }`,
).join("\n")}\nconsole.log("heavy script ran");\n`;

const slowPage = `${head("Slow page", '<link rel="stylesheet" href="/slow.css"><script src="/heavy.js"></script>')}
<body>
<main>
<h1>A slow page</h1>
<p>Its server answers late, and it blocks rendering on a late stylesheet and a large script.</p>
<img src="/big.svg" alt="A large illustration">
</main>
</body>
</html>`;

const bigSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200">${Array.from(
  { length: 3000 },
  (_, i) =>
    `<circle cx="${(i * 37) % 1600}" cy="${(i * 53) % 1200}" r="${5 + (i % 20)}" fill="#${((i * 2654435761) % 0xffffff).toString(16).padStart(6, "0")}"/>`,
).join("")}</svg>`;

const neverLoadsPage = `${head("Never loads")}
<body>
<main><h1>A page that never finishes loading</h1><p>Its image never arrives, so the load event never fires.</p></main>
<img src="/hang.png" alt="An image that never arrives" width="100" height="100">
</body>
</html>`;

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" }).end(body);
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the fixture sites. `slowMs` is how late the slow page's server answers. */
export async function startFixtureSites(options: { slowMs?: number } = {}): Promise<FixtureSites> {
  const slowMs = options.slowMs ?? 1_500;
  const requests: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer(async (req, res) => {
    const path = req.url ?? "/";
    requests.push(path);
    // A site named like a domain (`/fast.test`, as the performance check's URL template makes it) is the route.
    const route = path.split("?")[0]!.replace(/\.test\/?$/, "");
    switch (route) {
      case "/fast":
      case "/about":
        return send(res, 200, "text/html; charset=utf-8", fastPage);
      case "/console-errors":
        return send(res, 200, "text/html; charset=utf-8", consoleErrorsPage);
      case "/slow":
        await delay(slowMs);
        return send(res, 200, "text/html; charset=utf-8", slowPage);
      case "/slow.css":
        await delay(slowMs / 2);
        return send(res, 200, "text/css", "body{font:16px/1.5 serif;margin:2rem}img{max-width:100%}");
      case "/heavy.js":
        return send(res, 200, "text/javascript", heavyScript);
      case "/big.svg":
        return send(res, 200, "image/svg+xml", bigSvg);
      case "/redirect":
        return res.writeHead(302, { location: "/redirect-hop" }).end();
      case "/redirect-hop":
        return res.writeHead(301, { location: "/fast?from=redirect" }).end();
      case "/loop":
        return res.writeHead(302, { location: "/loop" }).end();
      case "/error":
        return send(res, 500, "text/html; charset=utf-8", `${head("Server error")}<body><h1>Error</h1></body></html>`);
      case "/data.json":
        return send(res, 200, "application/json", JSON.stringify({ fixture: true }));
      case "/never-loads":
        return send(res, 200, "text/html; charset=utf-8", neverLoadsPage);
      case "/hang.png":
      case "/hang":
        // Never answered: the connection stays open until the server closes.
        return;
      default:
        return send(res, 404, "text/html; charset=utf-8", `${head("Not found")}<body><h1>Not found</h1></body></html>`);
    }
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    requests,
    close: () =>
      new Promise((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
