import { randomUUID } from "node:crypto";
import { createServerClient } from "@supabase/ssr";
import { describe, expect, it } from "vitest";
import { stackForThisFile } from "../../support/stack.ts";
import {
  confirmedUser,
  decodeJwt,
  fragmentOf,
  lastMail,
  linkIn,
  memoryStorage,
  redirectOf,
  uniqueEmail,
  userClient,
} from "./clients.ts";

const stack = stackForThisFile();

/** A request-scoped @supabase/ssr client over an in-memory cookie jar (what a Next.js route handler does). */
function ssrClient(jar: Map<string, string>) {
  return createServerClient(stack.apiUrl, stack.anonKey, {
    cookies: {
      getAll: () => [...jar].map(([name, value]) => ({ name, value })),
      setAll: (cookies) => {
        for (const { name, value, options } of cookies) {
          if (!value || options?.maxAge === 0) jar.delete(name);
          else jar.set(name, value);
        }
      },
    },
  });
}

/** Plays the person in the browser: opens the development sign-in page and submits the form. */
async function signInOnDevPage(providerUrl: string, person: { email: string; name: string }) {
  const start = await redirectOf(providerUrl);
  const page = await fetch(start.location);
  const html = await page.text();
  const finish = await redirectOf(start.location, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ flow: start.location.searchParams.get("flow") ?? "", ...person }),
  });
  return { start, page, html, finish };
}

describe("OAuth through the development identity page", () => {
  it("runs the Google PKCE flow end to end with @supabase/ssr cookies", async () => {
    const jar = new Map<string, string>();
    const supabase = ssrClient(jar);
    const { data, error } = await supabase.auth.signInWithOAuth({
      provider: "google",
      options: { redirectTo: "http://127.0.0.1:3000/auth/callback", skipBrowserRedirect: true },
    });
    expect(error).toBeNull();
    expect([...jar.keys()].some((name) => name.endsWith("-code-verifier"))).toBe(true);

    const email = uniqueEmail("google");
    const { start, page, html, finish } = await signInOnDevPage(data.url!, { email, name: "Ada Lovelace" });
    expect(start.status).toBe(302);
    expect(start.location.pathname).toBe("/auth/v1/dev-identity");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(html).toContain("<title>Development sign-in</title>");
    expect(html).toContain("Google");
    expect(html).toContain('<label for="email">Email</label>');
    expect(html).toContain('<input id="email" name="email" type="email"');
    expect(html).toContain('<label for="name">Full name</label>');
    expect(html).toMatch(/<button type="submit"[^>]*>Continue<\/button>/);

    expect(finish.status).toBe(303);
    expect(finish.location.origin + finish.location.pathname).toBe("http://127.0.0.1:3000/auth/callback");
    const code = finish.location.searchParams.get("code") ?? "";
    expect(code).toMatch(/^[0-9a-f-]{36}$/);

    const exchanged = await ssrClient(jar).auth.exchangeCodeForSession(code);
    expect(exchanged.error).toBeNull();
    const user = exchanged.data.user!;
    expect(user).toMatchObject({
      email,
      app_metadata: { provider: "google", providers: ["google"] },
      user_metadata: { full_name: "Ada Lovelace", name: "Ada Lovelace", email, email_verified: true },
    });
    expect(user.email_confirmed_at).toEqual(expect.any(String));
    expect(user.identities).toHaveLength(1);
    expect(user.identities?.[0]).toMatchObject({
      provider: "google",
      identity_data: { email, name: "Ada Lovelace", email_verified: true, sub: expect.stringMatching(/^\d+$/) },
    });
    expect(String(user.identities?.[0]?.identity_data?.avatar_url)).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(decodeJwt(exchanged.data.session!.access_token).payload.amr).toEqual([
      { method: "oauth", timestamp: expect.any(Number) },
    ]);
    expect([...jar.keys()].some((name) => name.endsWith("-auth-token") || name.includes("-auth-token."))).toBe(true);

    const { data: again } = await ssrClient(new Map()).auth.signInWithOAuth({
      provider: "google",
      options: { redirectTo: "http://127.0.0.1:3000/auth/callback", skipBrowserRedirect: true },
    });
    const second = await signInOnDevPage(again.url!, { email, name: "Ada Lovelace" });
    expect(second.html).toContain(email);
    expect(second.html).toContain("Existing Google users");
  });

  it("finishes an implicit GitHub flow with tokens in the fragment, linking the existing email user", async () => {
    const { email, id } = await confirmedUser(stack, "octocat");
    const supabase = userClient(stack);
    const { data } = await supabase.auth.signInWithOAuth({
      provider: "github",
      options: { redirectTo: "http://127.0.0.1:3000/welcome", skipBrowserRedirect: true },
    });
    const { finish } = await signInOnDevPage(data.url!, { email, name: "Mona Octocat" });
    const fragment = fragmentOf(finish.location);
    expect(finish.location.pathname).toBe("/welcome");
    expect(fragment.get("token_type")).toBe("bearer");
    expect(fragment.get("refresh_token")).toBeTruthy();
    const { data: user } = await supabase.auth.getUser(fragment.get("access_token") ?? "");
    expect(user.user?.id).toBe(id);
    expect(user.user?.app_metadata.providers).toEqual(["email", "github"]);
    expect(user.user?.identities?.map((identity) => identity.provider).sort()).toEqual(["email", "github"]);
  });

  it("drops an unconfirmed sign-up's password and identities when the address's owner signs in with Google", async () => {
    // Someone pre-registers the address with a password of their choosing; they cannot confirm it.
    const email = uniqueEmail("pre-registered");
    const squatter = await userClient(stack).auth.signUp({
      email,
      password: "squatter-pass-1",
      options: { data: { full_name: "Mallory", role_hint: "admin" } },
    });
    expect(squatter.error).toBeNull();
    expect(squatter.data.session).toBeNull();
    const squatterLink = linkIn(lastMail(stack, email, "signup"));

    // The real owner later signs in with Google, which vouches for the address.
    const jar = new Map<string, string>();
    const { data } = await ssrClient(jar).auth.signInWithOAuth({
      provider: "google",
      options: { redirectTo: "http://127.0.0.1:3000/auth/callback", skipBrowserRedirect: true },
    });
    const { finish } = await signInOnDevPage(data.url!, { email, name: "Ada Owner" });
    const exchanged = await ssrClient(jar).auth.exchangeCodeForSession(finish.location.searchParams.get("code") ?? "");
    expect(exchanged.error).toBeNull();
    const owner = exchanged.data.user!;

    // The squatter's password no longer opens the (now confirmed) account, nor does their confirmation link.
    const stolen = await userClient(stack).auth.signInWithPassword({ email, password: "squatter-pass-1" });
    expect(stolen.error).toMatchObject({ status: 400, code: "invalid_credentials" });
    const { location } = await redirectOf(squatterLink);
    expect(fragmentOf(location).get("error_code")).toBe("otp_expired");

    // What the owner signed in to holds only what Google vouched for.
    expect(owner.id).toBe(squatter.data.user!.id);
    expect(owner.email_confirmed_at).toEqual(expect.any(String));
    expect(owner.identities?.map((identity) => identity.provider)).toEqual(["google"]);
    expect(owner.app_metadata).toMatchObject({ provider: "google", providers: ["google"] });
    expect(owner.user_metadata).toMatchObject({ full_name: "Ada Owner", email_verified: true });
    expect(owner.user_metadata).not.toHaveProperty("role_hint");
  });

  it("keeps the password of a confirmed user who links Google", async () => {
    const { email, password, id } = await confirmedUser(stack, "linked");
    const { data } = await userClient(stack).auth.signInWithOAuth({
      provider: "google",
      options: { redirectTo: "http://127.0.0.1:3000/welcome", skipBrowserRedirect: true },
    });
    await signInOnDevPage(data.url!, { email, name: "Grace Linked" });
    const signedIn = await userClient(stack).auth.signInWithPassword({ email, password });
    expect(signedIn.error).toBeNull();
    expect(signedIn.data.user?.id).toBe(id);
    expect(signedIn.data.user?.identities?.map((identity) => identity.provider).sort()).toEqual(["email", "google"]);
  });

  it("rejects a wrong PKCE verifier, accepts the right one, and only once", async () => {
    const storage = memoryStorage();
    const supabase = userClient(stack, { flowType: "pkce", storage });
    const { data } = await supabase.auth.signInWithOAuth({
      provider: "google",
      options: { redirectTo: "http://127.0.0.1:3000/cb", skipBrowserRedirect: true },
    });
    const { finish } = await signInOnDevPage(data.url!, { email: uniqueEmail("verifier"), name: "Eve" });
    const code = finish.location.searchParams.get("code") ?? "";
    // auth-js keeps the verifier JSON-encoded under a legacy key and a per-flow key (not the flow index).
    const verifierKeys = [...storage.items.keys()].filter(
      (key) => key.endsWith("-code-verifier") && !key.endsWith("-flows-code-verifier"),
    );
    const saved = new Map(verifierKeys.map((key) => [key, storage.items.get(key) ?? ""]));
    const verifier = JSON.parse(saved.values().next().value ?? '""') as string;
    for (const key of verifierKeys) storage.items.set(key, JSON.stringify("f".repeat(112)));

    const wrong = await supabase.auth.exchangeCodeForSession(code);
    expect(wrong.error).toMatchObject({ status: 400, code: "bad_code_verifier" });

    for (const [key, value] of saved) storage.items.set(key, value);
    const right = await supabase.auth.exchangeCodeForSession(code);
    expect(right.error).toBeNull();

    const reused = await fetch(`${stack.apiUrl}/auth/v1/token?grant_type=pkce`, {
      method: "POST",
      headers: { apikey: stack.anonKey, "content-type": "application/json", "x-supabase-api-version": "2024-01-01" },
      body: JSON.stringify({ auth_code: code, code_verifier: verifier }),
    });
    expect(reused.status).toBe(404);
    expect(await reused.json()).toMatchObject({ code: "flow_state_not_found" });
  });

  it("refuses unknown providers and shows a problem page for unknown flows", async () => {
    const response = await fetch(`${stack.apiUrl}/auth/v1/authorize?provider=myspace`, {
      headers: { "x-supabase-api-version": "2024-01-01" },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "validation_failed" });
    const disabled = await fetch(`${stack.apiUrl}/auth/v1/authorize?provider=apple`);
    expect(disabled.status).toBe(400);

    const page = await fetch(`${stack.apiUrl}/auth/v1/dev-identity?flow=${randomUUID()}`);
    expect(page.status).toBe(404);
    expect(await page.text()).toContain("unknown, already used or expired");
  });
});

describe("SAML SSO by email domain", () => {
  it("finds the provider by domain and signs in a separate SSO user", async () => {
    const providerId = randomUUID();
    const domain = `acme-${providerId.slice(0, 8)}.example`;
    await stack.sql`insert into auth.sso_providers (id) values (${providerId})`;
    await stack.sql`insert into auth.sso_domains (sso_provider_id, domain) values (${providerId}, ${domain})`;

    const jar = new Map<string, string>();
    const { data, error } = await ssrClient(jar).auth.signInWithSSO({
      domain,
      options: { redirectTo: "http://127.0.0.1:3000/auth/callback", skipBrowserRedirect: true },
    });
    expect(error).toBeNull();
    const url = new URL(data!.url);
    expect(url.pathname).toBe("/auth/v1/dev-identity");

    const page = await (await fetch(url)).text();
    expect(page).toContain(`SAML single sign-on (${domain})`);
    const email = `grace@${domain}`;
    const finish = await redirectOf(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ flow: url.searchParams.get("flow") ?? "", email, name: "Grace Hopper" }),
    });
    const { data: session, error: exchangeError } = await ssrClient(jar).auth.exchangeCodeForSession(
      finish.location.searchParams.get("code") ?? "",
    );
    expect(exchangeError).toBeNull();
    expect(session.user).toMatchObject({ email, app_metadata: { provider: `sso:${providerId}` } });
    expect(session.user?.identities?.[0]).toMatchObject({ provider: `sso:${providerId}`, id: email });
    expect(decodeJwt(session.session!.access_token).payload.amr).toEqual([
      { method: "sso/saml", timestamp: expect.any(Number) },
    ]);
    const [row] = await stack.sql<
      { is_sso_user: boolean }[]
    >`select is_sso_user from auth.users where id = ${session.user!.id}`;
    expect(row?.is_sso_user).toBe(true);
  });

  it("answers sso_provider_not_found for an unknown domain", async () => {
    const { data, error } = await userClient(stack).auth.signInWithSSO({ domain: "no-sso.example" });
    expect(data).toBeNull();
    expect(error).toMatchObject({
      status: 404,
      code: "sso_provider_not_found",
      message: "No SSO provider assigned for this domain",
    });
  });
});
