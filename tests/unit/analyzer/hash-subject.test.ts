import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";

const BASE_ENV = {
  SUPABASE_URL: "http://127.0.0.1:54321",
  SUPABASE_ANON_KEY: "anon-key",
  SUPABASE_SERVICE_ROLE_KEY: "service-role-key",
  DATABASE_URL: "postgres://postgres:postgres@127.0.0.1:54322/postgres",
  ARCO_ANALYZER_HASH_SECRET: undefined,
};

/** env() is read once per module instance, so each configuration gets fresh modules. */
async function load(vars: Partial<Record<keyof typeof BASE_ENV, string>> = {}) {
  vi.resetModules();
  for (const [name, value] of Object.entries({ ...BASE_ENV, ...vars })) vi.stubEnv(name, value);
  return import("@/src/analyzer/hash-subject");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("subject hashes", () => {
  it("are hex HMAC-SHA256, keyed by a secret derived from the service key when none is set", async () => {
    const { hashIpSubject, hashEmailSubject } = await load();
    const key = createHmac("sha256", "service-role-key").update("arco:analyzer-subject-hash:v1").digest("hex");
    expect(hashIpSubject("198.51.100.7")).toBe(createHmac("sha256", key).update("ip4:198.51.100.7").digest("hex"));
    expect(hashEmailSubject(" Ana@Example.com ")).toBe(
      createHmac("sha256", key).update("email:ana@example.com").digest("hex"),
    );
    expect(hashIpSubject("198.51.100.7")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("use ARCO_ANALYZER_HASH_SECRET when set", async () => {
    const derived = (await load()).hashIpSubject("198.51.100.7");
    const secret = "s".repeat(40);
    const { hashIpSubject } = await load({ ARCO_ANALYZER_HASH_SECRET: secret });
    expect(hashIpSubject("198.51.100.7")).toBe(createHmac("sha256", secret).update("ip4:198.51.100.7").digest("hex"));
    expect(hashIpSubject("198.51.100.7")).not.toBe(derived);
  });

  it("count an IPv6 client by its /64, and an IPv4-mapped address as the IPv4 one", async () => {
    const { hashIpSubject } = await load();
    expect(hashIpSubject("2001:db8:1:2::7")).toBe(hashIpSubject("2001:db8:1:2:ffff:ffff:ffff:ffff"));
    expect(hashIpSubject("2001:db8:1:2::7")).not.toBe(hashIpSubject("2001:db8:1:3::7"));
    expect(hashIpSubject("::ffff:198.51.100.7")).toBe(hashIpSubject("198.51.100.7"));
    expect(hashIpSubject("198.51.100.7")).not.toBe(hashIpSubject("198.51.100.8"));
  });

  it("put every client of unknown address in one shared subject", async () => {
    const { hashIpSubject } = await load();
    expect(hashIpSubject(null)).toBe(hashIpSubject("not an address"));
    expect(hashIpSubject(null)).not.toBe(hashIpSubject("198.51.100.7"));
  });
});
