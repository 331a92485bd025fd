import { describe, expect, it } from "vitest";
import { stackForThisFile } from "../../support/stack.ts";
import { decodeJwt, userClient } from "./clients.ts";

const stack = stackForThisFile();

/** An ID token from the local development identity provider, as Google would give a native app. */
async function devIdToken(email: string, nonce?: string): Promise<string> {
  const response = await fetch(`${stack.apiUrl}/auth/v1/dev-identity/id-token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, name: "Token Person", nonce }),
  });
  return ((await response.json()) as { id_token: string }).id_token;
}

describe("grant_type=id_token", () => {
  it("signs in with a verified ID token, creating the user once", async () => {
    const token = await devIdToken("id-token@example.com", "raw-nonce");
    const { data, error } = await userClient(stack).auth.signInWithIdToken({
      provider: "google",
      token,
      nonce: "raw-nonce",
    });
    expect(error).toBeNull();
    expect(data.user).toMatchObject({ email: "id-token@example.com", app_metadata: { provider: "google" } });
    expect(decodeJwt(data.session!.access_token).payload.amr).toEqual([
      { method: "oauth", timestamp: expect.any(Number) },
    ]);
    const again = await userClient(stack).auth.signInWithIdToken({
      provider: "google",
      token: await devIdToken("id-token@example.com"),
    });
    expect(again.data.user?.id).toBe(data.user?.id);
  });

  it("refuses forged, mismatched-nonce and disabled-provider tokens as GoTrue does", async () => {
    const token = await devIdToken("forged@example.com");
    const forged = `${token.slice(0, -4)}AAAA`;
    const bad = await userClient(stack).auth.signInWithIdToken({ provider: "google", token: forged });
    expect(bad.error).toMatchObject({ status: 400, message: "Bad ID token" });
    const nonce = await userClient(stack).auth.signInWithIdToken({
      provider: "google",
      token: await devIdToken("nonce@example.com", "one"),
      nonce: "two",
    });
    expect(nonce.error).toMatchObject({ status: 400, message: "Nonces mismatch" });
    const apple = await userClient(stack).auth.signInWithIdToken({ provider: "apple", token });
    expect(apple.error).toMatchObject({ status: 400, code: "provider_disabled" });
  });
});
