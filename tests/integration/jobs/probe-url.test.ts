import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startFaultServer, type FaultServer } from "@/tests/support/fault-server";
import { createServerCertificate } from "@/tests/support/test-certificates";

/** Uptime probes against real local servers: every fault becomes a failed result with its reason, never a throw. */
let site: FaultServer;
let tls: { server: Server; url: string };
let probeUrl: typeof import("@/src/uptime/monitoring/probe-url").probeUrl;

beforeAll(async () => {
  // env() validates every setting the app needs; only the loopback switch matters to these probes.
  Object.assign(process.env, {
    ARCO_ANALYZER_ALLOW_LOOPBACK: "1",
    SUPABASE_URL: "http://127.0.0.1:9",
    SUPABASE_ANON_KEY: "unused",
    SUPABASE_SERVICE_ROLE_KEY: "unused",
    DATABASE_URL: "postgres://unused",
  });
  vi.resetModules();
  probeUrl = (await import("@/src/uptime/monitoring/probe-url")).probeUrl;
  site = await startFaultServer();
  // Self-signed: valid dates and name, but nobody vouches for it.
  const certificate = await createServerCertificate("localhost", { fromDays: -1, toDays: 30 });
  const server = createServer(certificate, (_, res) => res.end("Welcome"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  tls = { server, url: `https://127.0.0.1:${(server.address() as AddressInfo).port}/` };
});

afterAll(async () => {
  await site.close();
  await new Promise((resolve) => tls.server.close(resolve));
});

describe("probeUrl", () => {
  it("is up on a 200 that contains the keyword, with its response time", async () => {
    const result = await probeUrl(`${site.url}/ok`, { keyword: "Welcome" });
    expect(result).toEqual({ ok: true, statusCode: 200, responseMs: expect.any(Number), error: null });
  });

  it("is down when the keyword is missing from a 200", async () => {
    expect(await probeUrl(`${site.url}/ok`, { keyword: "Checkout" })).toMatchObject({
      ok: false,
      statusCode: 200,
      error: "keyword_missing",
    });
  });

  it.each([
    ["/error", { statusCode: 500, error: "http_500" }],
    ["/missing", { statusCode: 404, error: "http_404" }],
    ["/loop", { statusCode: null, error: "too_many_redirects" }],
    ["/huge", { statusCode: null, error: "response_too_large" }],
    ["/endless", { statusCode: null, error: "response_too_large" }],
  ])("records %s as a failure with its reason", async (path, expected) => {
    expect(await probeUrl(`${site.url}${path}`)).toMatchObject({ ok: false, ...expected });
  });

  it("gives up on a target that never answers at the timeout", async () => {
    const result = await probeUrl(`${site.url}/slow`, { timeoutMs: 300 });
    expect(result).toMatchObject({ ok: false, statusCode: null, error: "timeout" });
    expect(result.responseMs).toBeGreaterThanOrEqual(290);
    expect(result.responseMs).toBeLessThan(2_000);
  });

  it("refuses a certificate nobody vouches for", async () => {
    expect(await probeUrl(tls.url)).toMatchObject({
      ok: false,
      statusCode: null,
      error: "tls:DEPTH_ZERO_SELF_SIGNED_CERT",
    });
  });

  it("refuses private and metadata addresses even with loopback allowed", async () => {
    expect(await probeUrl("http://10.0.0.8/")).toMatchObject({ ok: false, error: "not_allowed:forbidden_address" });
    expect(await probeUrl("http://169.254.169.254/latest/meta-data/")).toMatchObject({
      ok: false,
      error: "not_allowed:forbidden_address",
    });
  });
});
