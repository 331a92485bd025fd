import { request as httpRequest, createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { clientIp } from "@/src/http/client-ip";
import { installPeerAddressStamp } from "@/src/http/install-peer-address-stamp";
import { stampPeerAddress } from "@/src/http/peer-address-stamp";

// client-ip.ts reads its default hop count from env(); every test passes the count explicitly.
vi.mock("@/src/env", () => ({ env: () => ({ ARCO_TRUSTED_PROXY_HOPS: 0 }) }));

/** Headers as a route handler sees them after the server stamped a connection from `peer`. */
function stamped(peer: string, extra: Record<string, string> = {}): Headers {
  const incoming = {
    headers: { ...extra } as Record<string, string | string[] | undefined>,
    socket: { remoteAddress: peer },
  };
  stampPeerAddress(incoming as never);
  return new Headers(incoming.headers as Record<string, string>);
}

describe("clientIp", () => {
  it("with no trusted proxy, is the stamped socket address whatever the forwarding headers say", () => {
    const headers = stamped("198.51.100.7", { "x-forwarded-for": "6.6.6.6", "x-real-ip": "8.8.8.8" });
    expect(clientIp(headers, 0)).toBe("198.51.100.7");
  });

  it("ignores a stamp the client forged: without this process's secret the address is unknown", () => {
    const real = stamped("198.51.100.7");
    const forged = new Headers({
      "x-arco-peer-address": "203.0.113.99",
      "x-arco-peer-stamp": "guessed-secret-guessed-secret-guessed-sec",
      "x-forwarded-for": "203.0.113.99",
    });
    expect(real.get("x-arco-peer-stamp")).toBeTruthy();
    expect(clientIp(forged, 0)).toBeNull();
  });

  it("overwrites stamp headers the client sent itself", () => {
    const headers = stamped("198.51.100.7", { "x-arco-peer-address": "203.0.113.99", "x-arco-peer-stamp": "x" });
    expect(clientIp(headers, 0)).toBe("198.51.100.7");
  });

  it("behind N trusted proxies, takes the N-th X-Forwarded-For entry from the right", () => {
    const headers = stamped("10.0.0.2", { "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.9" });
    expect(clientIp(headers, 1)).toBe("10.0.0.9");
    expect(clientIp(headers, 2)).toBe("198.51.100.7");
    // A chain shorter than the hop count skipped a proxy: the leftmost entry is all there is.
    expect(clientIp(headers, 5)).toBe("6.6.6.6");
  });

  it("behind a proxy, uses the peer when no X-Forwarded-For arrived", () => {
    expect(clientIp(stamped("198.51.100.7"), 1)).toBe("198.51.100.7");
  });

  it("returns canonical addresses: IPv4-mapped IPv6 unwrapped, ports dropped, garbage refused", () => {
    expect(clientIp(stamped("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
    expect(clientIp(stamped("2001:DB8::7"), 0)).toBe("2001:db8:0:0:0:0:0:7");
    expect(clientIp(stamped("10.0.0.2", { "x-forwarded-for": "198.51.100.7:51234" }), 1)).toBe("198.51.100.7");
    expect(clientIp(stamped("10.0.0.2", { "x-forwarded-for": "[2001:db8::7]:51234" }), 1)).toBe("2001:db8:0:0:0:0:0:7");
    expect(clientIp(stamped("10.0.0.2", { "x-forwarded-for": "unknown" }), 1)).toBeNull();
    expect(clientIp(new Headers(), 0)).toBeNull();
  });
});

describe("the server-side stamp on a real socket", () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    installPeerAddressStamp();
    // Stands in for Next's server: answers with the client IP a route handler would compute.
    server = createServer((req, res) => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
      res.end(JSON.stringify({ hops0: clientIp(headers, 0), hops1: clientIp(headers, 1) }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  function get(localAddress: string, headers: Record<string, string>): Promise<{ hops0: string; hops1: string }> {
    return new Promise((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, localAddress, headers }, (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString()));
        res.on("end", () => resolve(JSON.parse(text) as { hops0: string; hops1: string }));
      });
      req.on("error", reject);
      req.end();
    });
  }

  it("gives the connection's address, not the spoofed headers, and a trusted proxy's header when configured", async () => {
    const spoofed = {
      "x-forwarded-for": "6.6.6.6",
      "x-real-ip": "7.7.7.7",
      "x-arco-peer-address": "8.8.8.8",
      "x-arco-peer-stamp": "forged",
    };
    expect(await get("127.0.0.2", spoofed)).toEqual({ hops0: "127.0.0.2", hops1: "6.6.6.6" });
    expect(await get("127.0.0.3", {})).toEqual({ hops0: "127.0.0.3", hops1: "127.0.0.3" });
  });
});
