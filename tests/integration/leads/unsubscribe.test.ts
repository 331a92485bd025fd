import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { stackForThisFile } from "@/tests/support/stack";
import { APP_URL, configureLeadApp } from "./lead-fixtures";

const stack = stackForThisFile();
let route: typeof import("@/app/api/unsubscribe/route");
let tokens: typeof import("@/src/leads/unsubscribe-token");

beforeAll(async () => {
  configureLeadApp(stack, { LEAD_UNSUBSCRIBE_SECRET: "a-test-secret-of-at-least-32-characters" });
  vi.resetModules();
  [route, tokens] = await Promise.all([import("@/app/api/unsubscribe/route"), import("@/src/leads/unsubscribe-token")]);
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

/** A lead whose stored hash matches the token its emails carry, as the sender leaves it. */
async function leadWithToken(email: string, status = "nurturing"): Promise<{ id: string; token: string }> {
  const [lead] = await stack.sql<{ id: string }[]>`
    insert into public.leads (email, source, consent_at, consent_text_version, status)
    values (${email}, 'analyzer', now(), 'v1', ${status}) returning id`;
  const token = tokens.unsubscribeTokenFor(lead!.id);
  await stack.sql`update public.leads set unsubscribe_token_hash = ${tokens.hashUnsubscribeToken(token)}
    where id = ${lead!.id}`;
  return { id: lead!.id, token };
}

function oneClick(query: string) {
  return route.POST(
    new NextRequest(`${APP_URL}/api/unsubscribe${query}`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    }),
  );
}

async function statusOf(id: string) {
  const [lead] = await stack.sql<{ status: string; unsubscribed_at: Date | null }[]>`
    select status, unsubscribed_at from public.leads where id = ${id}`;
  return lead;
}

describe("POST /api/unsubscribe (RFC 8058 one-click)", () => {
  it("unsubscribes the lead the token belongs to, without a session, and repeating it is harmless", async () => {
    const ana = await leadWithToken("ana@unsub.test");
    const bia = await leadWithToken("bia@unsub.test");
    const first = await oneClick(`?token=${ana.token}`);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ unsubscribed: true });
    expect(await statusOf(ana.id)).toMatchObject({ status: "unsubscribed", unsubscribed_at: expect.any(Date) });
    expect((await oneClick(`?token=${ana.token}`)).status).toBe(200);
    expect(await statusOf(bia.id)).toMatchObject({ status: "nurturing", unsubscribed_at: null });
  });

  it("keeps a converted lead converted while recording the opt-out", async () => {
    const caio = await leadWithToken("caio@unsub.test", "converted");
    expect((await oneClick(`?token=${caio.token}`)).status).toBe(200);
    expect(await statusOf(caio.id)).toMatchObject({ status: "converted", unsubscribed_at: expect.any(Date) });
  });

  it.each([
    ["no token", ""],
    ["a malformed token", "?token=short"],
    ["a token with characters no token has", `?token=${"a".repeat(42)}%27`],
    ["a well-formed token of nobody", `?token=${"A".repeat(43)}`],
  ])("answers 400 invalid_token for %s and changes nothing", async (_, query) => {
    const dora = await leadWithToken(`dora-${query.length}@unsub.test`);
    const response = await oneClick(query);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: "invalid_token", message: "This unsubscribe link is not valid." },
    });
    expect(await statusOf(dora.id)).toMatchObject({ status: "nurturing" });
  });

  it("does not accept a token made with another secret", async () => {
    const eva = await leadWithToken("eva@unsub.test");
    const { createHmac } = await import("node:crypto");
    const forged = createHmac("sha256", "some-other-secret-of-32-characters!!").update(eva.id).digest("base64url");
    expect((await oneClick(`?token=${forged}`)).status).toBe(400);
    expect(await statusOf(eva.id)).toMatchObject({ status: "nurturing" });
  });
});

describe("GET /api/unsubscribe", () => {
  it("never unsubscribes (scanners fetch links) and leads to the confirmation page", async () => {
    const fia = await leadWithToken("fia@unsub.test");
    const response = route.GET(new NextRequest(`${APP_URL}/api/unsubscribe?token=${fia.token}`));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${APP_URL}/unsubscribe?token=${fia.token}`);
    expect(await statusOf(fia.id)).toMatchObject({ status: "nurturing", unsubscribed_at: null });
  });
});
