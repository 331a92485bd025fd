import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => vi.unstubAllEnvs());

describe("/api/inngest", () => {
  it("serves every function to Inngest", async () => {
    // In cloud mode the SDK answers only signed requests; dev mode shows the same registration unsigned.
    vi.stubEnv("INNGEST_DEV", "1");
    vi.resetModules();
    const { GET, POST, PUT } = await import("@/app/api/inngest/route");
    const { functions } = await import("@/inngest/functions");
    expect([typeof POST, typeof PUT]).toEqual(["function", "function"]);
    const response = await GET(new NextRequest("http://127.0.0.1:3000/api/inngest"), undefined);
    expect(response.status).toBe(200);
    // The SDK registers a function's onFailure handler as a function of its own.
    const withFailureHandlers = functions.length + functions.filter((fn) => fn.opts.onFailure).length;
    expect(await response.json()).toMatchObject({ function_count: withFailureHandlers, mode: "dev" });
  });
});
