import { describe, expect, it } from "vitest";
import { stackForThisFile } from "../../support/stack.ts";
import { adminClient, confirmedUser, decodeJwt, userClient } from "./clients.ts";

/** The switches of config.toml GoTrue honours, all off here (the opposite of Arco's SAML setting). */
const stack = stackForThisFile({
  config: { auth: { saml: { enabled: false }, enable_anonymous_sign_ins: true } },
});

describe("config.toml switches", () => {
  it("reports them in /settings", async () => {
    const response = await fetch(`${stack.apiUrl}/auth/v1/settings`, { headers: { apikey: stack.anonKey } });
    const body = (await response.json()) as { saml_enabled: boolean; external: Record<string, boolean> };
    expect(body.saml_enabled).toBe(false);
    expect(body.external).toMatchObject({ anonymous_users: true, email: true, phone: false });
  });

  it("hides SAML SSO when [auth.saml] is off", async () => {
    const { error } = await userClient(stack).auth.signInWithSSO({ domain: "grupo-aurora.test" });
    expect(error).toMatchObject({ status: 404, code: "saml_provider_disabled", message: "SAML 2.0 is disabled" });
  });

  it("signs visitors in anonymously when enable_anonymous_sign_ins is on", async () => {
    const supabase = userClient(stack);
    const { data, error } = await supabase.auth.signInAnonymously({ options: { data: { theme: "dark" } } });
    expect(error).toBeNull();
    expect(data.user).toMatchObject({
      is_anonymous: true,
      email: "",
      identities: [],
      user_metadata: { theme: "dark" },
    });
    const claims = decodeJwt(data.session!.access_token).payload;
    expect(claims).toMatchObject({ is_anonymous: true, aal: "aal1", role: "authenticated" });
    expect((claims.amr as { method: string }[])[0]?.method).toBe("anonymous");
    // An anonymous user has no second factor to add.
    const enroll = await supabase.auth.mfa.enroll({ factorType: "totp" });
    expect(enroll.error).toMatchObject({ status: 403, code: "no_authorization" });
  });

  it("answers passkeys, the OAuth 2.1 server and Web3 as GoTrue does with them off", async () => {
    const passkey = await fetch(`${stack.apiUrl}/auth/v1/passkeys/registration/options`, {
      method: "POST",
      headers: { apikey: stack.anonKey, "x-supabase-api-version": "2024-01-01" },
    });
    expect(passkey.status).toBe(404);
    expect(await passkey.json()).toEqual({ code: "passkey_disabled", message: "Passkeys are disabled" });

    const clients = await adminClient(stack).auth.admin.oauth.listClients();
    expect(clients.error).toMatchObject({ status: 404, code: "feature_disabled", message: "OAuth server is disabled" });

    const web3 = await fetch(`${stack.apiUrl}/auth/v1/token?grant_type=web3`, {
      method: "POST",
      headers: { apikey: stack.anonKey, "content-type": "application/json", "x-supabase-api-version": "2024-01-01" },
      body: JSON.stringify({ chain: "solana", message: "m", signature: "s" }),
    });
    expect(await web3.json()).toEqual({ code: "web3_provider_disabled", message: "Web3 provider is disabled" });
  });

  it("refuses manual linking while enable_manual_linking is off", async () => {
    const { email, password } = await confirmedUser(stack, "no-linking");
    const supabase = userClient(stack);
    await supabase.auth.signInWithPassword({ email, password });
    const { error } = await supabase.auth.linkIdentity({ provider: "github" });
    expect(error).toMatchObject({
      status: 404,
      code: "manual_linking_disabled",
      message: "Manual linking is disabled",
    });
  });
});
