import { describe, expect, it } from "vitest";
import { stackForThisFile } from "../../support/stack.ts";
import { confirmedUser, fragmentOf, redirectOf, userClient } from "./clients.ts";

const stack = stackForThisFile({ config: { auth: { enable_manual_linking: true } } });

/** Completes the development identity page for `email`, as a person signing in at GitHub would. */
async function signInAtProvider(url: string, email: string): Promise<URL> {
  const flow = new URL(url).searchParams.get("flow") ?? "";
  const { location } = await redirectOf(`${stack.apiUrl}/auth/v1/dev-identity`, {
    method: "POST",
    body: new URLSearchParams({ flow, email, name: "Linked Person" }),
  });
  return location;
}

describe("manual identity linking", () => {
  it("links a GitHub identity to the signed-in user and unlinks it again", async () => {
    const { email, password, id } = await confirmedUser(stack, "linker");
    const supabase = userClient(stack);
    await supabase.auth.signInWithPassword({ email, password });
    const { data, error } = await supabase.auth.linkIdentity({
      provider: "github",
      options: { redirectTo: "http://127.0.0.1:3000/after", skipBrowserRedirect: true },
    });
    expect(error).toBeNull();
    const landed = await signInAtProvider(data!.url!, `gh-${email}`);
    expect(fragmentOf(landed).get("access_token")).toBeTruthy();

    const { data: identities } = await supabase.auth.getUserIdentities();
    expect(identities?.identities.map((identity) => identity.provider).sort()).toEqual(["email", "github"]);
    const { data: user } = await supabase.auth.getUser();
    expect(user.user?.id).toBe(id);
    expect(user.user?.app_metadata.providers).toEqual(["email", "github"]);

    const github = identities!.identities.find((identity) => identity.provider === "github")!;
    expect((await supabase.auth.unlinkIdentity(github)).error).toBeNull();
    const { data: after } = await supabase.auth.getUserIdentities();
    expect(after?.identities.map((identity) => identity.provider)).toEqual(["email"]);
    const last = await supabase.auth.unlinkIdentity(after!.identities[0]!);
    expect(last.error).toMatchObject({ status: 422, code: "single_identity_not_deletable" });
  });

  it("refuses an identity that already belongs to someone else", async () => {
    const owner = await confirmedUser(stack, "owner");
    const first = userClient(stack);
    await first.auth.signInWithPassword({ email: owner.email, password: owner.password });
    const link = await first.auth.linkIdentity({ provider: "github", options: { skipBrowserRedirect: true } });
    await signInAtProvider(link.data!.url!, "shared-gh@example.com");

    const other = await confirmedUser(stack, "other");
    const second = userClient(stack);
    await second.auth.signInWithPassword({ email: other.email, password: other.password });
    const again = await second.auth.linkIdentity({ provider: "github", options: { skipBrowserRedirect: true } });
    const landed = await signInAtProvider(again.data!.url!, "shared-gh@example.com");
    const error = new URLSearchParams(landed.hash.slice(1));
    expect(error.get("error_code")).toBe("identity_already_exists");
  });
});
