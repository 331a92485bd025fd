import { afterEach, describe, expect, it, vi } from "vitest";

/** The minimum env() requires, so the loopback setting can be read in isolation. */
function stubAppEnv(allowLoopback: string | undefined): void {
  vi.stubEnv("SUPABASE_URL", "http://127.0.0.1:54321");
  vi.stubEnv("SUPABASE_ANON_KEY", "anon");
  vi.stubEnv("SUPABASE_SERVICE_ROLE_KEY", "service");
  vi.stubEnv("DATABASE_URL", "postgresql://postgres:postgres@127.0.0.1:54322/postgres");
  vi.stubEnv("ARCO_ANALYZER_ALLOW_LOOPBACK", allowLoopback);
}

async function freshVetUrl() {
  vi.resetModules();
  return (await import("@/src/net/vet-url")).vetUrl;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("ARCO_ANALYZER_ALLOW_LOOPBACK", () => {
  it("is off by default: loopback refused", async () => {
    stubAppEnv(undefined);
    const vetUrl = await freshVetUrl();
    await expect(vetUrl("http://127.0.0.1:3000/")).rejects.toMatchObject({ reason: "forbidden_address" });
  });

  it("lets loopback through when set to 1, and nothing else", async () => {
    stubAppEnv("1");
    const vetUrl = await freshVetUrl();
    await expect(vetUrl("http://127.0.0.1:3000/")).resolves.toMatchObject({ address: "127.0.0.1", family: 4 });
    await expect(vetUrl("http://192.168.0.1/")).rejects.toMatchObject({ reason: "forbidden_address" });
    await expect(vetUrl("http://169.254.169.254/")).rejects.toMatchObject({ reason: "forbidden_address" });
  });

  it("is overridden by an explicit option", async () => {
    stubAppEnv("1");
    const vetUrl = await freshVetUrl();
    await expect(vetUrl("http://127.0.0.1/", { allowLoopback: false })).rejects.toMatchObject({
      reason: "forbidden_address",
    });
  });

  it("rejects a value that is not a flag", async () => {
    stubAppEnv("yes");
    const vetUrl = await freshVetUrl();
    await expect(vetUrl("http://127.0.0.1/")).rejects.toThrow(/ARCO_ANALYZER_ALLOW_LOOPBACK/);
  });
});
