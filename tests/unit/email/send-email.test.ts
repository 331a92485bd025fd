import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startFakeHttpServer, type FakeHttpServer } from "@/tests/support/fake-http-server";
import { startFakeMailbox } from "@/tests/support/fake-mailbox";
import { startFakeResend } from "@/tests/support/fake-resend";

const BASE_ENV = {
  SUPABASE_URL: "http://127.0.0.1:54321",
  SUPABASE_ANON_KEY: "anon-key",
  SUPABASE_SERVICE_ROLE_KEY: "service-role-key",
  DATABASE_URL: "postgres://postgres:postgres@127.0.0.1:54322/postgres",
  EMAIL_FROM: "Arco <no-reply@arco.test>",
  RESEND_API_KEY: undefined,
  RESEND_BASE_URL: undefined,
  MAILBOX_URL: undefined,
};

/** env() is read once per module instance, so each configuration gets fresh modules. */
async function load(vars: Partial<Record<keyof typeof BASE_ENV, string>>) {
  vi.resetModules();
  for (const [name, value] of Object.entries({ ...BASE_ENV, ...vars })) vi.stubEnv(name, value);
  const [{ sendEmail }, { EmailError }] = await Promise.all([
    import("@/src/email/send-email"),
    import("@/src/email/email-error"),
  ]);
  return { sendEmail, EmailError };
}

const message = {
  to: "Client@Example.com",
  subject: "Your report is ready",
  html: "<p>Hello</p>",
  text: "Hello",
  tags: { category: "report", month: "2026-11" },
};

let resend: FakeHttpServer;
let mailbox: FakeHttpServer;
let closedUrl: string;

beforeAll(async () => {
  [resend, mailbox] = await Promise.all([startFakeResend(), startFakeMailbox()]);
  const closed = await startFakeHttpServer(() => ({ status: 200, body: {} }));
  closedUrl = closed.url;
  await closed.close();
});

afterAll(async () => {
  await Promise.all([resend.close(), mailbox.close()]);
});

afterEach(() => {
  vi.unstubAllEnvs();
  resend.requests.length = 0;
  mailbox.requests.length = 0;
});

describe("sendEmail through Resend", () => {
  it("posts the message to /emails with the key, the JSON body and the idempotency key", async () => {
    const { sendEmail } = await load({
      RESEND_API_KEY: "re_test_123",
      RESEND_BASE_URL: `${resend.url}/`,
      MAILBOX_URL: mailbox.url,
    });
    const sent = await sendEmail({ ...message, idempotencyKey: "report/org-1/2026-11" });

    expect(sent).toEqual({ id: "fake-resend-1", provider: "resend" });
    expect(mailbox.requests).toHaveLength(0);
    expect(resend.requests).toHaveLength(1);
    const [request] = resend.requests;
    expect(request).toMatchObject({ method: "POST", path: "/emails" });
    expect(request?.headers.authorization).toBe("Bearer re_test_123");
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(request?.headers["idempotency-key"]).toBe("report/org-1/2026-11");
    expect(request?.body).toEqual({
      from: "Arco <no-reply@arco.test>",
      to: ["Client@Example.com"],
      subject: "Your report is ready",
      html: "<p>Hello</p>",
      text: "Hello",
      tags: [
        { name: "category", value: "report" },
        { name: "month", value: "2026-11" },
      ],
    });
  });

  it("sends no idempotency header without a key", async () => {
    const { sendEmail } = await load({ RESEND_API_KEY: "re_test_123", RESEND_BASE_URL: resend.url });
    await sendEmail({ ...message, to: ["a@example.com", "b@example.com"] });
    expect(resend.requests[0]?.headers["idempotency-key"]).toBeUndefined();
    expect((resend.requests[0]?.body as { to: string[] }).to).toEqual(["a@example.com", "b@example.com"]);
  });

  it("turns a Resend error into a rejected EmailError with its status and code", async () => {
    const refusing = await startFakeHttpServer(() => ({
      status: 422,
      body: { statusCode: 422, name: "validation_error", message: "Invalid `from` field." },
    }));
    try {
      const { sendEmail, EmailError } = await load({ RESEND_API_KEY: "re_test_123", RESEND_BASE_URL: refusing.url });
      const failure = await sendEmail(message).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(EmailError);
      expect(failure).toMatchObject({
        code: "rejected",
        provider: "resend",
        status: 422,
        providerCode: "validation_error",
      });
    } finally {
      await refusing.close();
    }
  });

  it("reports an unreachable Resend as unreachable", async () => {
    const { sendEmail } = await load({ RESEND_API_KEY: "re_test_123", RESEND_BASE_URL: closedUrl });
    await expect(sendEmail(message)).rejects.toMatchObject({ code: "unreachable", provider: "resend" });
  });
});

describe("sendEmail to the local mailbox", () => {
  it("posts to /api/messages with the service role key and gets the stored id", async () => {
    const { sendEmail } = await load({ MAILBOX_URL: mailbox.url });
    const sent = await sendEmail({ ...message, idempotencyKey: "ignored-locally" });

    expect(sent).toEqual({ id: "fake-mail-1", provider: "mailbox" });
    expect(resend.requests).toHaveLength(0);
    const [request] = mailbox.requests;
    expect(request).toMatchObject({ method: "POST", path: "/api/messages" });
    expect(request?.headers.authorization).toBe("Bearer service-role-key");
    expect(request?.body).toEqual({
      from: "Arco <no-reply@arco.test>",
      to: ["Client@Example.com"],
      subject: "Your report is ready",
      html: "<p>Hello</p>",
      text: "Hello",
      tags: ["category:report", "month:2026-11"],
    });
  });

  it("turns a refusal into a rejected EmailError", async () => {
    const refusing = await startFakeHttpServer(() => ({
      status: 401,
      body: { code: "unauthorized", message: "Service role key required" },
    }));
    try {
      const { sendEmail } = await load({ MAILBOX_URL: refusing.url });
      await expect(sendEmail(message)).rejects.toMatchObject({
        code: "rejected",
        provider: "mailbox",
        status: 401,
        providerCode: "unauthorized",
        message: "Local mailbox answered 401: Service role key required",
      });
    } finally {
      await refusing.close();
    }
  });

  it("reports an unreachable mailbox as unreachable", async () => {
    const { sendEmail } = await load({ MAILBOX_URL: closedUrl });
    await expect(sendEmail(message)).rejects.toMatchObject({ code: "unreachable", provider: "mailbox" });
  });
});

describe("sendEmail input and configuration", () => {
  it.each([
    ["a bad address", { to: "not-an-email" }],
    ["no recipients", { to: [] }],
    ["an empty subject", { subject: "  " }],
    ["a tag Resend would refuse", { tags: { "bad tag": "x" } }],
    ["a tag value Resend would refuse", { tags: { category: "a/b" } }],
  ])("rejects %s before sending anything", async (_, change) => {
    const { sendEmail } = await load({ MAILBOX_URL: mailbox.url });
    await expect(sendEmail({ ...message, ...change })).rejects.toMatchObject({ code: "invalid_message" });
    expect(mailbox.requests).toHaveLength(0);
  });

  it("fails with not_configured when there is neither Resend nor a mailbox", async () => {
    const { sendEmail } = await load({});
    await expect(sendEmail(message)).rejects.toMatchObject({ name: "EmailError", code: "not_configured" });
  });
});
