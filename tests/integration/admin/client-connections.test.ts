import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { VerifiedUser } from "@/src/auth/get-verified-user";
import { pointAppAt } from "@/tests/support/app-env";
import { dataOf, errorOf, submit } from "@/tests/support/server-actions";
import { stackForThisFile } from "@/tests/support/stack";
import { createConfirmedUser, signedInClaims } from "@/tests/support/users";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * Staff connect and disconnect a client's ad accounts and traffic source from the admin client page: tokens
 * sealed before they reach the database and never echoed, the plan's platforms refused by the database,
 * clients' owners and admins reading what is connected (never the credential), everyone else refused.
 */
const stack = stackForThisFile();
const TOKEN = "EAAB-meta-token-never-shown-XYZ9";
let signedIn: VerifiedUser | null = null;

vi.mock("@/src/auth/get-verified-user", () => ({
  getVerifiedUser: async () => signedIn,
  requireUser: async () => {
    if (!signedIn) throw new Error("signed out");
    return signedIn;
  },
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {} }),
  headers: async () => new Headers({ "accept-language": "en" }),
}));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: vi.fn() }));

let app: {
  connectAdAccount: typeof import("@/src/connections/actions/connect-ad-account").connectAdAccount;
  disconnectAdAccount: typeof import("@/src/connections/actions/disconnect-ad-account").disconnectAdAccount;
  connectTrafficSource: typeof import("@/src/connections/actions/connect-traffic-source").connectTrafficSource;
  removeTrafficSource: typeof import("@/src/connections/actions/remove-traffic-source").removeTrafficSource;
  getAdAccounts: typeof import("@/src/connections/queries/get-ad-accounts").getAdAccounts;
  getTrafficSources: typeof import("@/src/connections/queries/get-traffic-sources").getTrafficSources;
};
let basic: OrganizationFixture;
let pro: OrganizationFixture;
let staff: string;

function as(userId: string | null) {
  signedIn = userId
    ? ({ id: userId, email: `${userId}@arco.test`, name: "Staff", claims: signedInClaims(userId) } as VerifiedUser)
    : null;
}

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  app = {
    connectAdAccount: (await import("@/src/connections/actions/connect-ad-account")).connectAdAccount,
    disconnectAdAccount: (await import("@/src/connections/actions/disconnect-ad-account")).disconnectAdAccount,
    connectTrafficSource: (await import("@/src/connections/actions/connect-traffic-source")).connectTrafficSource,
    removeTrafficSource: (await import("@/src/connections/actions/remove-traffic-source")).removeTrafficSource,
    getAdAccounts: (await import("@/src/connections/queries/get-ad-accounts")).getAdAccounts,
    getTrafficSources: (await import("@/src/connections/queries/get-traffic-sources")).getTrafficSources,
  };
  basic = await createOrganization(stack, { slug: "clinica", tier: "basic" });
  pro = await createOrganization(stack, { slug: "moda", tier: "pro" });
  staff = await createConfirmedUser(stack, "dev@agency.test");
  await stack.sql`insert into public.staff (user_id, role) values (${staff}, 'developer')`;
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("client connections", () => {
  it("staff connect an ad account; the token is sealed and never comes back", async () => {
    as(staff);
    const connected = dataOf<{ id: string }>(
      await submit(app.connectAdAccount, {
        org: "moda",
        platform: "google_ads",
        externalAccountId: "123-456-7890",
        loginCustomerId: "",
        displayName: "Moda search",
        token: `1//google-${TOKEN}`,
      }),
    );
    const [row] = await stack.sql`select row_to_json(a)::text as json, external_account_id, credential_hint
      from public.ad_accounts a where id = ${connected.id}`;
    expect(row).toMatchObject({ external_account_id: "1234567890", credential_hint: "XYZ9" });
    expect(row!.json).not.toContain(TOKEN);

    const refused = errorOf(
      await submit(app.connectAdAccount, {
        org: "moda",
        platform: "meta_ads",
        externalAccountId: "act_998877",
        displayName: "",
        token: TOKEN,
      }),
    );
    expect(refused.code).toBe("invalid_input");
    expect(refused.fields).toHaveProperty("displayName");
    expect(refused.values).not.toHaveProperty("token");
    expect(JSON.stringify(refused)).not.toContain(TOKEN);
  });

  it("refuses a Meta account on a plan without Meta (the database's refusal)", async () => {
    as(staff);
    const refused = errorOf(
      await submit(app.connectAdAccount, {
        org: "clinica",
        platform: "meta_ads",
        externalAccountId: "998877",
        displayName: "Clinic social",
        token: TOKEN,
      }),
    );
    expect(refused).toMatchObject({ code: "tier_limit_exceeded" });
    const [count] = await stack.sql`select count(*)::int as n from public.ad_accounts where org_id = ${basic.id}`;
    expect(count!.n).toBe(0);
  });

  it("shows the connections to the client's owners and admins, read-only, and to nobody else", async () => {
    const asOwner = await requestDbAs(pro.users.owner);
    const seen = await app.getAdAccounts(asOwner, pro.id);
    expect(seen).toEqual([
      expect.objectContaining({
        platform: "google_ads",
        displayName: "Moda search",
        credentialHint: "XYZ9",
        status: "pending",
      }),
    ]);
    expect(JSON.stringify(seen)).not.toContain("credential_sealed");
    expect(await app.getAdAccounts(await requestDbAs(pro.users.admin), pro.id)).toHaveLength(1);
    expect(await app.getAdAccounts(await requestDbAs(pro.users.member), pro.id)).toEqual([]);
    expect(await app.getAdAccounts(await requestDbAs(basic.users.owner), pro.id)).toEqual([]);

    // A client owner is not staff: the admin actions answer 404 (the admin area does not exist for them).
    as(pro.users.owner);
    await expect(
      submit(app.connectAdAccount, {
        org: "moda",
        platform: "google_ads",
        externalAccountId: "1111111111",
        displayName: "Mine",
        token: TOKEN,
      }),
    ).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) });
  });

  it("staff connect one traffic source per organization and remove it; disconnecting keeps the campaigns", async () => {
    as(staff);
    const source = dataOf<{ id: string }>(
      await submit(app.connectTrafficSource, {
        org: "moda",
        zoneId: "0123456789ABCDEF0123456789ABCDEF",
        displayName: "moda.com.br",
        token: `cf-${TOKEN}`,
      }),
    );
    const second = errorOf(
      await submit(app.connectTrafficSource, {
        org: "moda",
        zoneId: "fedcba9876543210fedcba9876543210",
        displayName: "other",
        token: `cf-${TOKEN}`,
      }),
    );
    expect(second.code).toBe("conflict");
    const asOwner = await requestDbAs(pro.users.owner);
    expect(await app.getTrafficSources(asOwner, pro.id)).toEqual([
      expect.objectContaining({ provider: "cloudflare", externalId: "0123456789abcdef0123456789abcdef" }),
    ]);
    dataOf(await submit(app.removeTrafficSource, { org: "moda", id: source.id }));
    expect(await app.getTrafficSources(asOwner, pro.id)).toEqual([]);

    const [account] = await stack.sql`select id from public.ad_accounts where org_id = ${pro.id}`;
    await stack.sql`
      insert into public.campaigns (org_id, platform, external_id, name) values (${pro.id}, 'google_ads', '111', 'Kept')`;
    dataOf(await submit(app.disconnectAdAccount, { org: "moda", id: account!.id }));
    expect(errorOf(await submit(app.disconnectAdAccount, { org: "moda", id: account!.id })).code).toBe("not_found");
    const [kept] = await stack.sql`select count(*)::int as n from public.campaigns where org_id = ${pro.id}`;
    expect(kept!.n).toBe(1);
  });
});
