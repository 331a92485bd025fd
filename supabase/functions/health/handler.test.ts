import { handleHealth } from "./handler.ts";

function assertEquals(actual: unknown, expected: unknown, message?: string) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(
      `${message ?? "assertEquals"}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
    );
  }
}

Deno.test("health reports ok, the Deno version and which Supabase variables are set", async () => {
  const env: Record<string, string> = { SUPABASE_URL: "http://127.0.0.1:54321", SUPABASE_ANON_KEY: "k" };
  const response = handleHealth(new Request("http://x/health", { method: "POST" }), (n) => env[n]);
  assertEquals(response.headers.get("content-type"), "application/json");
  const body = await response.json();
  assertEquals(body.status, "ok");
  assertEquals(body.method, "POST");
  assertEquals(body.runtime, `deno ${Deno.version.deno}`);
  assertEquals(body.environment, ["SUPABASE_URL", "SUPABASE_ANON_KEY"]);
});
