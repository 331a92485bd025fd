import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { stackForThisFile } from "../../support/stack.ts";

const stack = stackForThisFile();

const mail = { from: "Arco <no-reply@arco.local>", to: ["Client@Example.com"], subject: "Your report", text: "Hello" };

function post(body: unknown, key: string) {
  return fetch(`${stack.apiUrl}/mailbox/api/messages`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

describe("local mailbox", () => {
  it("accepts mail only with the service-role key", async () => {
    expect((await post(mail, stack.anonKey)).status).toBe(401);
    const accepted = await post(mail, stack.serviceRoleKey);
    expect(accepted.status).toBe(201);
    expect(await accepted.json()).toMatchObject({ subject: "Your report", to: ["client@example.com"] });
  });

  it("rejects malformed mail with a structured error", async () => {
    const response = await post({ ...mail, to: ["not an address"] }, stack.serviceRoleKey);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "validation_failed" });
  });

  it("lists newest first, filters by recipient and serves one message and a readable page", async () => {
    await post({ ...mail, subject: "Second" }, stack.serviceRoleKey);
    await post({ ...mail, to: ["other@example.com"], subject: "Elsewhere" }, stack.serviceRoleKey);
    const { messages } = await (await fetch(`${stack.apiUrl}/mailbox/api/messages?to=client@example.com`)).json();
    expect(messages.map((m: { subject: string }) => m.subject)).toEqual(["Second", "Your report"]);
    const one = await (await fetch(`${stack.apiUrl}/mailbox/api/messages/${messages[0].id}`)).json();
    expect(one.text).toBe("Hello");
    const page = await fetch(`${stack.apiUrl}/mailbox`);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain("Elsewhere");
    expect(stack.mailbox.list()).toHaveLength(3);
  });

  it("cannot be read cross-origin: no CORS headers on its API, its preflight or its pages", async () => {
    const origin = { origin: "https://evil.example" };
    for (const path of ["/mailbox/api/messages", "/mailbox"]) {
      const response = await fetch(`${stack.apiUrl}${path}`, { headers: origin });
      expect(response.status).toBe(200);
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
      expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    }
    const preflight = await fetch(`${stack.apiUrl}/mailbox/api/messages`, {
      method: "OPTIONS",
      headers: { ...origin, "access-control-request-method": "GET" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers only under a loopback host name, so a rebound DNS name cannot read it", async () => {
    const { port } = new URL(stack.apiUrl);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      request({ host: "127.0.0.1", port, path: "/mailbox/api/messages", headers: { host: `rebound.example:${port}` } })
        .on("response", (response) => {
          response.resume();
          resolve(response.statusCode);
        })
        .on("error", reject)
        .end();
    });
    expect(status).toBe(403);
  });
});

describe("gateway CORS (as Kong answers it for the Supabase APIs)", () => {
  it("allows any origin without credentials, never reflecting the caller's origin", async () => {
    for (const path of ["/auth/v1/settings", "/storage/v1/bucket", "/functions/v1/health"]) {
      const preflight = await fetch(`${stack.apiUrl}${path}`, {
        method: "OPTIONS",
        headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
      });
      expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
      expect(preflight.headers.get("access-control-allow-credentials")).toBeNull();
    }
    const response = await fetch(`${stack.apiUrl}/auth/v1/settings`, {
      headers: { origin: "https://evil.example", apikey: stack.anonKey },
    });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(response.headers.get("access-control-expose-headers")).toContain("X-Supabase-Api-Version");
  });
});
