import { request, type IncomingHttpHeaders } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEgressProxy, type EgressProxy } from "@/src/net/egress-proxy";
import type { ResolvedAddress } from "@/src/net/vet-url";
import { startFixtureSite, type FixtureSite } from "./fixture-site";

let site: FixtureSite;
let proxy: EgressProxy;
const asked: string[] = [];

async function lookup(hostname: string): Promise<ResolvedAddress[]> {
  asked.push(hostname);
  const table: Record<string, string[]> = {
    "www.fixture.test": ["127.0.0.1"],
    "dual.fixture.test": ["127.0.0.2", "127.0.0.1"], // nothing listens on 127.0.0.2
    "shop.fixture.test": ["10.20.30.40"],
    "metadata-alias.fixture.test": ["169.254.169.254"],
  };
  const addresses = table[hostname];
  if (!addresses) throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
  return addresses.map((address) => ({ address, family: 4 }));
}

/** A plain-http request the way a browser sends it to a proxy: absolute URI in the request line. */
function viaProxy(url: string): Promise<{ status: number; body: string; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const host = URL.parse(url)?.host ?? "127.0.0.1";
    const req = request(
      { host: "127.0.0.1", port: proxy.port, path: url, headers: { host, "proxy-connection": "keep-alive" } },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

/** Opens a CONNECT tunnel; resolves with the proxy's status line and, when it is 200, what `send` got back. */
function tunnel(authority: string, send?: string): Promise<{ statusLine: string; reply: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(proxy.port, "127.0.0.1");
    let received = "";
    socket.setEncoding("utf8");
    socket.on("connect", () => socket.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n\r\n`));
    socket.on("data", (chunk: string) => {
      const first = !received.includes("\r\n\r\n");
      received += chunk;
      if (first && received.includes("\r\n\r\n") && received.startsWith("HTTP/1.1 200") && send) socket.write(send);
    });
    socket.on("error", reject);
    socket.on("close", () => {
      const [head = "", ...rest] = received.split("\r\n\r\n");
      resolve({ statusLine: head.split("\r\n")[0] ?? "", reply: rest.join("\r\n\r\n") });
    });
  });
}

beforeAll(async () => {
  site = await startFixtureSite({
    "/ok": (req, res) =>
      res.writeHead(200, { "x-proxy-connection": String(req.headers["proxy-connection"]) }).end("hello"),
  });
  proxy = await startEgressProxy({ allowLoopback: true, lookup, timeoutMs: 5_000 });
});

afterAll(async () => {
  await proxy.close();
  await site.close();
});

describe("egress proxy", () => {
  it("forwards an allowed plain-http request to the vetted address", async () => {
    asked.length = 0;
    const { status, body, headers } = await viaProxy(`http://www.fixture.test:${site.port}/ok`);
    expect({ status, body }).toEqual({ status: 200, body: "hello" });
    // Hop-by-hop headers meant for the proxy are not passed on.
    expect(headers["x-proxy-connection"]).toBe("undefined");
    expect(site.seen.at(-1)).toBe(`www.fixture.test:${site.port} /ok`);
    expect(asked).toEqual(["www.fixture.test"]);
  });

  it.each([
    ["a private address", "http://10.0.0.1/x.js"],
    ["the metadata address", "http://169.254.169.254/latest/meta-data/"],
    ["a name resolving to the metadata address", "http://metadata-alias.fixture.test/computeMetadata/v1/"],
    ["a metadata host name", "http://metadata.google.internal/computeMetadata/v1/"],
    ["a private address written as one decimal number", "http://167772161/"],
  ])("refuses plain http to %s with 403 and records it", async (_name, url) => {
    const before = site.seen.length;
    const { status } = await viaProxy(url);
    expect(status).toBe(403);
    expect(proxy.refused.at(-1)).toBe(new URL(url).href);
    expect(site.seen.length).toBe(before);
  });

  it("answers 502, not 403, for a host that does not resolve", async () => {
    const refusedBefore = proxy.refused.length;
    const { status } = await viaProxy("http://nowhere.fixture.test/");
    expect(status).toBe(502);
    expect(proxy.refused.length).toBe(refusedBefore);
  });

  it("refuses a request that is not an absolute URI", async () => {
    const { status } = await viaProxy("/ok");
    expect(status).toBe(400);
  });

  it("opens a CONNECT tunnel to an allowed destination, pinned to the vetted address", async () => {
    const { statusLine, reply } = await tunnel(
      `www.fixture.test:${site.port}`,
      `GET /ok HTTP/1.1\r\nHost: www.fixture.test\r\nConnection: close\r\n\r\n`,
    );
    expect(statusLine).toBe("HTTP/1.1 200 Connection Established");
    expect(reply).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(reply).toContain("hello");
  });

  it("falls back to the next vetted address inside a CONNECT tunnel", async () => {
    const { statusLine, reply } = await tunnel(
      `dual.fixture.test:${site.port}`,
      `GET /ok HTTP/1.1\r\nHost: dual.fixture.test\r\nConnection: close\r\n\r\n`,
    );
    expect(statusLine).toBe("HTTP/1.1 200 Connection Established");
    expect(reply).toContain("hello");
  });

  it.each([
    ["the metadata address", "169.254.169.254:443"],
    ["a name resolving to a private address", "shop.fixture.test:443"],
    ["IPv6 unique-local", "[fd00:ec2::254]:443"],
    ["a mapped private address", "[::ffff:192.168.0.1]:443"],
  ])("refuses CONNECT to %s with 403 and records it", async (_name, authority) => {
    const { statusLine } = await tunnel(authority);
    expect(statusLine).toBe("HTTP/1.1 403 Forbidden");
    expect(proxy.refused.at(-1)).toBe(authority);
  });

  it("answers 502 when an allowed destination refuses the connection", async () => {
    const closed = await startFixtureSite({});
    await closed.close();
    const { statusLine } = await tunnel(`www.fixture.test:${closed.port}`);
    expect(statusLine).toBe("HTTP/1.1 502 Bad Gateway");
  });

  it("answers 504 when the resolver does not answer in time", async () => {
    const stuck = await startEgressProxy({ allowLoopback: true, lookup: () => new Promise(() => {}), timeoutMs: 200 });
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const req = request({ host: "127.0.0.1", port: stuck.port, path: "http://slow-dns.fixture.test/" }, (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        });
        req.on("error", reject);
        req.end();
      });
      expect(status).toBe(504);
      expect(stuck.refused).toEqual([]);
    } finally {
      await stuck.close();
    }
  });

  it("refuses CONNECT targets that are not host:port", async () => {
    const { statusLine } = await tunnel("user:pw@www.fixture.test:443");
    expect(statusLine).toBe("HTTP/1.1 400 Bad Request");
  });

  it("refuses loopback when the proxy was not started to allow it", async () => {
    const strict = await startEgressProxy({ allowLoopback: false, lookup });
    try {
      const res = await new Promise<number>((resolve, reject) => {
        const req = request(
          { host: "127.0.0.1", port: strict.port, path: `${site.origin}/ok` },
          (r) => (r.resume(), resolve(r.statusCode ?? 0)),
        );
        req.on("error", reject);
        req.end();
      });
      expect(res).toBe(403);
      expect(strict.refused).toEqual([`${site.origin}/ok`]);
    } finally {
      await strict.close();
    }
  });
});
