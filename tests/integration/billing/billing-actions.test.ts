import type Stripe from "stripe";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { idleState, type ActionState } from "@/src/actions/action-state";
import type { VerifiedUser } from "@/src/auth/get-verified-user";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { stripeFor, syncPlans, tierOf, waitFor, warmWebhook } from "@/tests/support/stripe";
import { signedInClaims } from "@/tests/support/users";
import { createOrganization, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * The billing page's actions as each role posts them: owners and admins go to Checkout (one Stripe customer
 * per organization) or, once subscribed, to the Customer Portal; members are refused; without Stripe keys the
 * actions explain that online payment is not configured.
 */
const stack = stackForThisFile();

let signedIn: VerifiedUser;
vi.mock("@/src/auth/get-verified-user", () => ({
  getVerifiedUser: async () => signedIn,
  requireUser: async () => signedIn,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "accept-language": "pt-BR" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {} }),
}));

function as(userId: string) {
  signedIn = {
    id: userId,
    email: `${userId}@client.test`,
    name: null,
    claims: signedInClaims(userId),
  } as VerifiedUser;
}

type Outcome = ActionState<unknown> | { redirect: string };
type FormAction = (state: ActionState<never>, formData: FormData) => Promise<ActionState<unknown>>;

async function submit(action: unknown, fields: Record<string, string>): Promise<Outcome> {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.set(name, value);
  try {
    return await (action as FormAction)(idleState as ActionState<never>, formData);
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest);
    if (digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2]! };
    throw error;
  }
}

const codeOf = (outcome: Outcome) => ("redirect" in outcome || outcome.status !== "error" ? null : outcome.error.code);

let actions: {
  startCheckout: typeof import("@/src/billing/actions/start-checkout").startCheckout;
  openPortal: typeof import("@/src/billing/actions/open-portal").openPortal;
};
let stripe: Stripe;
let shop: OrganizationFixture;

beforeAll(async () => {
  pointAppAt(stack);
  Object.assign(process.env, stack.stripe.env, { APP_URL: "http://app.test" });
  vi.resetModules();
  actions = {
    startCheckout: (await import("@/src/billing/actions/start-checkout")).startCheckout,
    openPortal: (await import("@/src/billing/actions/open-portal")).openPortal,
  };
  stripe = stripeFor(stack);
  await syncPlans(stripe);
  await warmWebhook(stack);
  shop = await createOrganization(stack, { slug: "loja", tier: "basic", roles: ["owner", "admin", "member"] });
}, 90_000);

describe("billing actions", () => {
  it("refuses members: only owners and admins open Checkout or the portal", async () => {
    as(shop.users.member);
    expect(codeOf(await submit(actions.startCheckout, { org: "loja", plan: "pro" }))).toBe("forbidden");
    expect(codeOf(await submit(actions.openPortal, { org: "loja" }))).toBe("forbidden");
    expect(codeOf(await submit(actions.startCheckout, { org: "loja", plan: "enterprise" }))).toBe("invalid_input");
  });

  it("sends an owner to Checkout with the organization's one customer, then to the portal once subscribed", async () => {
    as(shop.users.owner);
    expect(codeOf(await submit(actions.openPortal, { org: "loja" }))).toBe("not_found");
    const first = await submit(actions.startCheckout, { org: "loja", plan: "pro" });
    expect(first).toMatchObject({ redirect: expect.stringMatching(/\/stripe\/checkout\/cs_test_/) });
    as(shop.users.admin);
    const second = await submit(actions.startCheckout, { org: "loja", plan: "basic" });
    expect(second).toMatchObject({ redirect: expect.stringMatching(/\/stripe\/checkout\/cs_test_/) });

    const customers =
      await stack.sql`select stripe_customer_id from public.billing_customers where org_id = ${shop.id}`;
    expect(customers).toHaveLength(1);
    const sessionId = (first as { redirect: string }).redirect.split("/").at(-1)!;
    const session = await stripe.checkout.sessions.retrieve(sessionId);
    expect(session).toMatchObject({
      mode: "subscription",
      customer: customers[0]!.stripe_customer_id,
      client_reference_id: shop.id,
      success_url: "http://app.test/app/loja/billing/return?session_id={CHECKOUT_SESSION_ID}",
      cancel_url: "http://app.test/app/loja/billing?checkout=canceled",
      payment_method_types: ["card"],
    });

    const paid = await fetch((first as { redirect: string }).redirect, {
      method: "POST",
      body: new URLSearchParams({ card: "4242424242424242" }),
      redirect: "manual",
    });
    expect(paid.status).toBe(303);
    await waitFor(
      () => tierOf(stack, shop.id),
      (tier) => tier === "pro",
    );

    // A second upgrade while subscribed goes to the portal, where plans change without a second subscription.
    as(shop.users.owner);
    expect(await submit(actions.startCheckout, { org: "loja", plan: "pro" })).toMatchObject({
      redirect: expect.stringMatching(/\/stripe\/portal\/bps_/),
    });
    expect(await submit(actions.openPortal, { org: "loja" })).toMatchObject({
      redirect: expect.stringMatching(/\/stripe\/portal\/bps_/),
    });
    expect((await stripe.subscriptions.list({ customer: customers[0]!.stripe_customer_id })).data).toHaveLength(1);
  });

  it("explains that online payment is not configured without Stripe keys", async () => {
    delete process.env.STRIPE_SECRET_KEY;
    vi.resetModules();
    const { startCheckout } = await import("@/src/billing/actions/start-checkout");
    as(shop.users.owner);
    const outcome = await submit(startCheckout, { org: "loja", plan: "pro" });
    expect(outcome).toMatchObject({
      status: "error",
      error: {
        code: "billing_not_configured",
        message: "O pagamento online ainda não está configurado: fale com a agência para mudar de plano.",
      },
    });
  });
});
