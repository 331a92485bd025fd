import { createServer as createTlsServer } from "node:tls";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { safeFetch } from "@/src/net/safe-fetch";
import { FetchTimeoutError, ResponseTooLargeError, TooManyRedirectsError } from "@/src/net/safe-fetch-errors";
import { UrlNotAllowedError } from "@/src/net/url-not-allowed-error";
import type { ResolvedAddress } from "@/src/net/vet-url";
import { redirectTo, startFixtureSite, type FixtureSite } from "./fixture-site";

let site: FixtureSite;
const asked: string[] = [];

/** Names only this resolver knows, so a connection that resolved them again through the system would fail. */
async function lookup(hostname: string): Promise<ResolvedAddress[]> {
  asked.push(hostname);
  const table: Record<string, string[]> = {
    "www.fixture.test": ["127.0.0.1"],
    // Nothing listens on 127.0.0.2: the connection must fall back to the second vetted address.
    "dual.fixture.test": ["127.0.0.2", "127.0.0.1"],
    "shop.fixture.test": ["10.20.30.40"],
    "metadata-alias.fixture.test": ["169.254.169.254"],
  };
  const addresses = table[hostname];
  if (!addresses) throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
  return addresses.map((address) => ({ address, family: 4 }));
}

const loopback = { allowLoopback: true, lookup };

beforeAll(async () => {
  site = await startFixtureSite({
    "/ok": (req, res) =>
      res
        .writeHead(200, { "content-type": "text/plain", "x-seen-auth": String(req.headers.authorization ?? "") })
        .end("hello"),
    "/to-ok": redirectTo((s) => `${s.origin}/ok`),
    "/relative": redirectTo(() => "/ok", 301),
    "/to-named": redirectTo((s) => `http://www.fixture.test:${s.port}/ok`, 307),
    "/to-metadata": redirectTo(() => "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    "/hop-then-metadata": redirectTo((s) => `${s.origin}/to-metadata-alias`),
    "/to-metadata-alias": redirectTo(() => "http://metadata-alias.fixture.test/latest/meta-data/"),
    "/to-private-name": redirectTo(() => "https://shop.fixture.test/admin"),
    "/to-file": redirectTo(() => "file:///etc/passwd"),
    "/loop-a": redirectTo((s) => `${s.origin}/loop-b`),
    "/loop-b": redirectTo((s) => `${s.origin}/loop-a`),
    "/chain": (req, res) => {
      const left = Number(new URL(req.url!, "http://x").searchParams.get("left"));
      if (left === 0) res.writeHead(200).end("end of chain");
      else res.writeHead(302, { location: `/chain?left=${left - 1}` }).end();
    },
    "/see-other": (req, res) => res.writeHead(303, { location: `/method?was=${req.method}` }).end(),
    "/method": (req, res) => res.writeHead(200).end(req.method),
    "/cross-origin": redirectTo((s) => `http://www.fixture.test:${s.port}/ok`),
    "/big-announced": (_req, res) => res.writeHead(200, { "content-length": String(2048) }).end(Buffer.alloc(2048)),
    "/big-streamed": (_req, res) => {
      // No Content-Length: the cap must hold while reading, not only on the announced size.
      res.writeHead(200);
      let sent = 0;
      const pump = () => {
        while (sent < 64 * 1024 * 1024) {
          sent += 16 * 1024;
          if (!res.write(Buffer.alloc(16 * 1024))) return void res.once("drain", pump);
        }
        res.end();
      };
      res.on("close", () => (sent = Infinity));
      pump();
    },
    "/slow-headers": () => {
      // Never answers.
    },
    "/slow-body": (_req, res) => {
      res.writeHead(200);
      const timer = setInterval(() => res.write("."), 50);
      res.on("close", () => clearInterval(timer));
    },
  });
});

afterAll(async () => {
  await site.close();
});

describe("safeFetch", () => {
  it("fetches an allowed loopback fixture when loopback is allowed", async () => {
    const response = await safeFetch(`${site.origin}/ok`, loopback);
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe("hello");
    expect(response.headers.get("content-type")).toBe("text/plain");
    expect(response.finalUrl.href).toBe(`${site.origin}/ok`);
    expect(response.redirects).toEqual([]);
  });

  it("refuses the same fixture when loopback is not allowed", async () => {
    const before = site.seen.length;
    await expect(safeFetch(`${site.origin}/ok`, { allowLoopback: false })).rejects.toMatchObject({
      name: "UrlNotAllowedError",
      reason: "forbidden_address",
    });
    expect(site.seen.length).toBe(before);
  });

  it("follows absolute and relative redirects and reports the chain", async () => {
    const response = await safeFetch(`${site.origin}/to-ok`, loopback);
    expect(response.body.toString()).toBe("hello");
    expect(response.redirects.map((u) => u.pathname)).toEqual(["/to-ok"]);
    const relative = await safeFetch(`${site.origin}/relative`, loopback);
    expect(relative.finalUrl.href).toBe(`${site.origin}/ok`);
  });

  it("connects a named host to its vetted address, resolving it once, with the name in the Host header", async () => {
    asked.length = 0;
    const response = await safeFetch(`${site.origin}/to-named`, loopback);
    expect(response.finalUrl.host).toBe(`www.fixture.test:${site.port}`);
    expect(response.body.toString()).toBe("hello");
    expect(asked).toEqual(["www.fixture.test"]);
    expect(site.seen.at(-1)).toBe(`www.fixture.test:${site.port} /ok`);
  });

  it("falls back to the next vetted address when the first one does not answer", async () => {
    const response = await safeFetch(`http://dual.fixture.test:${site.port}/ok`, loopback);
    expect(response.body.toString()).toBe("hello");
    expect(site.seen.at(-1)).toBe(`dual.fixture.test:${site.port} /ok`);
  });

  it("refuses a redirect to the metadata address at that hop, without connecting to it", async () => {
    const error = await safeFetch(`${site.origin}/to-metadata`, loopback).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UrlNotAllowedError);
    expect(error).toMatchObject({ reason: "forbidden_address", address: "169.254.169.254" });
  });

  it("refuses a later hop to a name that resolves to the metadata address", async () => {
    await expect(safeFetch(`${site.origin}/hop-then-metadata`, loopback)).rejects.toMatchObject({
      reason: "forbidden_address",
      address: "169.254.169.254",
    });
  });

  it("refuses a redirect to a name that resolves to a private address", async () => {
    await expect(safeFetch(`${site.origin}/to-private-name`, loopback)).rejects.toMatchObject({
      reason: "forbidden_address",
      address: "10.20.30.40",
    });
  });

  it("refuses a redirect to another scheme", async () => {
    await expect(safeFetch(`${site.origin}/to-file`, loopback)).rejects.toMatchObject({ reason: "scheme" });
  });

  it("stops a redirect loop", async () => {
    const error = await safeFetch(`${site.origin}/loop-a`, { ...loopback, maxRedirects: 5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooManyRedirectsError);
    expect((error as TooManyRedirectsError).redirects.map((u) => u.pathname)).toEqual([
      "/loop-a",
      "/loop-b",
      "/loop-a",
      "/loop-b",
      "/loop-a",
      "/loop-b",
    ]);
  });

  it("allows exactly maxRedirects redirects and no more", async () => {
    const fine = await safeFetch(`${site.origin}/chain?left=3`, { ...loopback, maxRedirects: 3 });
    expect(fine.body.toString()).toBe("end of chain");
    expect(fine.redirects).toHaveLength(3);
    await expect(safeFetch(`${site.origin}/chain?left=4`, { ...loopback, maxRedirects: 3 })).rejects.toBeInstanceOf(
      TooManyRedirectsError,
    );
  });

  it("turns a POST into a GET after 303", async () => {
    const response = await safeFetch(`${site.origin}/see-other`, { ...loopback, method: "POST" });
    expect(response.finalUrl.search).toBe("?was=POST");
    expect(response.body.toString()).toBe("GET");
  });

  it("drops credentials on a redirect to another origin", async () => {
    const headers = { Authorization: "Bearer secret" };
    const same = await safeFetch(`${site.origin}/to-ok`, { ...loopback, headers });
    expect(same.headers.get("x-seen-auth")).toBe("Bearer secret");
    const cross = await safeFetch(`${site.origin}/cross-origin`, { ...loopback, headers });
    expect(cross.headers.get("x-seen-auth")).toBe("");
  });

  it("refuses a body larger than the cap, announced or streamed", async () => {
    await expect(safeFetch(`${site.origin}/big-announced`, { ...loopback, maxBytes: 2047 })).rejects.toBeInstanceOf(
      ResponseTooLargeError,
    );
    const exact = await safeFetch(`${site.origin}/big-announced`, { ...loopback, maxBytes: 2048 });
    expect(exact.body.length).toBe(2048);
    const started = Date.now();
    await expect(
      safeFetch(`${site.origin}/big-streamed`, { ...loopback, maxBytes: 1024 * 1024 }),
    ).rejects.toBeInstanceOf(ResponseTooLargeError);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("times out waiting for headers, for a trickling body, and for a resolver that never answers", async () => {
    for (const path of ["/slow-headers", "/slow-body"]) {
      const started = Date.now();
      const error = await safeFetch(`${site.origin}${path}`, { ...loopback, timeoutMs: 300 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FetchTimeoutError);
      expect(Date.now() - started).toBeLessThan(2_000);
    }
    const hanging = { allowLoopback: true, timeoutMs: 300, lookup: () => new Promise<ResolvedAddress[]>(() => {}) };
    await expect(safeFetch("https://hangs.fixture.test/", hanging)).rejects.toBeInstanceOf(FetchTimeoutError);
  });

  it("sends the host name as TLS SNI while connecting to the vetted address", async () => {
    const serverNames: string[] = [];
    // The handshake is refused once the name is seen: what matters is which name arrived on which socket.
    const tls = createTlsServer({
      SNICallback: (name, callback) => {
        serverNames.push(name);
        callback(new Error("no certificate here"), undefined);
      },
    });
    await new Promise<void>((resolve) => tls.listen(0, "127.0.0.1", resolve));
    const { port } = tls.address() as AddressInfo;
    try {
      await expect(safeFetch(`https://www.fixture.test:${port}/`, { ...loopback, timeoutMs: 2_000 })).rejects.toThrow();
      expect(serverNames).toEqual(["www.fixture.test"]);
    } finally {
      await new Promise((resolve) => tls.close(resolve));
    }
  });
});
