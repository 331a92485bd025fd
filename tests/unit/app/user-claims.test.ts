import { describe, expect, it } from "vitest";
import { userClaims } from "../../../src/auth/user-claims";

const id = "0b6f1f5e-3c1d-4e8a-9b7a-2f4c6d8e0a12";

describe("userClaims", () => {
  it("accepts the claims of a signed-in user", () => {
    const claims = { sub: id, role: "authenticated", email: "ana@client.test", aud: "authenticated" } as never;
    expect(userClaims(claims)).toBe(claims);
  });

  it.each([
    ["the anon key", { iss: "supabase", ref: "local", role: "anon" }],
    ["the service-role key", { iss: "supabase", ref: "local", role: "service_role" }],
    ["a user id that is no uuid", { sub: "ana", role: "authenticated" }],
    ["an empty user id", { sub: "", role: "authenticated" }],
    ["a user of another role", { sub: id, role: "service_role" }],
    ["no role", { sub: id }],
    ["nothing", null],
  ])("refuses %s", (_label, claims) => {
    expect(userClaims(claims as never)).toBeNull();
  });
});
