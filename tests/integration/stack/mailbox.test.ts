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
});
