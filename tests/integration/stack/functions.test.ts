import { createClient, FunctionsHttpError } from "@supabase/supabase-js";
import { describe, expect, it } from "vitest";
import { startTestStack, stackForThisFile } from "../../support/stack.ts";

const stack = stackForThisFile();

describe("edge functions at /functions/v1", () => {
  it("runs the health function under real Deno with Supabase's environment", async () => {
    const supabase = createClient(stack.apiUrl, stack.anonKey);
    const { data, error } = await supabase.functions.invoke("health", { body: { ping: true } });
    expect(error).toBeNull();
    expect(data).toMatchObject({ status: "ok", method: "POST" });
    expect(data.runtime).toMatch(/^deno 2\./);
    expect(data.environment).toEqual([
      "SUPABASE_URL",
      "SUPABASE_ANON_KEY",
      "SUPABASE_SERVICE_ROLE_KEY",
      "SUPABASE_DB_URL",
    ]);
  });

  it("refuses a caller without a valid JWT when verify_jwt is on", async () => {
    const supabase = createClient(stack.apiUrl, "not-a-jwt");
    const { data, error } = await supabase.functions.invoke("health");
    expect(data).toBeNull();
    expect(error).toBeInstanceOf(FunctionsHttpError);
    expect((error as FunctionsHttpError).context.status).toBe(401);
  });

  it("lets any caller through when config.toml sets verify_jwt = false (webhooks)", async () => {
    const open = await startTestStack({ config: { functions: { health: { verify_jwt: false } } } });
    try {
      const { data, error } = await createClient(open.apiUrl, "not-a-jwt").functions.invoke("health");
      expect(error).toBeNull();
      expect(data.status).toBe("ok");
    } finally {
      await open.stop();
    }
  });

  it("answers 404 for a function that does not exist", async () => {
    const supabase = createClient(stack.apiUrl, stack.anonKey);
    const { error } = await supabase.functions.invoke("no-such-function");
    expect((error as FunctionsHttpError).context.status).toBe(404);
  });

  it("answers CORS preflight for browser callers", async () => {
    const response = await fetch(`${stack.apiUrl}/functions/v1/health`, {
      method: "OPTIONS",
      headers: { origin: "http://127.0.0.1:3000", "access-control-request-method": "POST" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-headers")).toContain("apikey");
    // Kong's answer: any origin, never with credentials.
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });
});
