import { z } from "zod";
import { renderDevIdentityPage, renderDevIdentityProblem, type KnownAccount } from "../dev-identity-page.ts";
import { normalizeEmail } from "../email-address.ts";
import { clientInfo, type AuthEnv, type RouteHandler } from "../env.ts";
import { AuthError, forbidden } from "../errors.ts";
import { linkExternalIdentity, signInExternalIdentity } from "../external-identity.ts";
import { findFlowState, isFlowExpired, issueAuthCode, LINK_IDENTITY_METHOD, type FlowStateRow } from "../flow-state.ts";
import { htmlResponse } from "../html.ts";
import { redirect } from "../http.ts";
import { OAUTH_PROVIDERS, SSO_PREFIX } from "../providers.ts";
import { errorRedirectUrl, withFragment, withQuery } from "../redirects.ts";
import { implicitFlowParams, startSession } from "../sessions.ts";
import { isBanned } from "../users.ts";
import { isUuid } from "../uuid.ts";

const FLOW_PROBLEM = "This sign-in link is unknown, already used or expired.";

/** A flow that is still waiting for someone to sign in. */
async function openFlow(env: AuthEnv, flowId: string | null): Promise<FlowStateRow | null> {
  if (!flowId || !isUuid(flowId)) return null;
  const flow = await findFlowState(env.sql, flowId);
  const linking = flow?.authentication_method === LINK_IDENTITY_METHOD;
  const waiting = flow && !flow.auth_code_issued_at && (linking || !flow.user_id) && !isFlowExpired(flow);
  return waiting ? flow : null;
}

async function providerLabel(env: AuthEnv, provider: string): Promise<string> {
  if (!provider.startsWith(SSO_PREFIX)) return OAUTH_PROVIDERS[provider] ?? provider;
  const domains = await env.sql<{ domain: string }[]>`
    select domain from auth.sso_domains where sso_provider_id = ${provider.slice(SSO_PREFIX.length)} order by domain`;
  const list = domains.map((row) => row.domain).join(", ");
  return list ? `SAML single sign-on (${list})` : "SAML single sign-on";
}

async function knownAccounts(env: AuthEnv, provider: string): Promise<KnownAccount[]> {
  return env.sql<KnownAccount[]>`
    select u.email, coalesce(i.identity_data ->> 'full_name', i.identity_data ->> 'name', '') as name
    from auth.identities i join auth.users u on u.id = i.user_id
    where i.provider = ${provider} and u.email is not null
    order by i.last_sign_in_at desc nulls last
    limit 20`;
}

async function page(
  env: AuthEnv,
  flow: FlowStateRow,
  status: number,
  extra: { error?: string; values?: KnownAccount } = {},
) {
  const html = renderDevIdentityPage({
    providerLabel: await providerLabel(env, flow.provider_type),
    flowId: flow.id,
    accounts: await knownAccounts(env, flow.provider_type),
    ...extra,
  });
  return htmlResponse(html, status);
}

export const devIdentityPage: RouteHandler = async (env, request) => {
  const flow = await openFlow(env, request.url.searchParams.get("flow"));
  if (!flow) return htmlResponse(renderDevIdentityProblem(FLOW_PROBLEM), 404);
  return page(env, flow, 200);
};

const form = z.object({
  flow: z.string().default(""),
  email: z.string().default(""),
  name: z.string().max(200).default(""),
});

async function readForm(req: Request): Promise<Record<string, unknown>> {
  try {
    return Object.fromEntries(await req.formData());
  } catch {
    return {};
  }
}

/** Signs the chosen person in and finishes the flow like a provider callback: `?code=` or the token fragment. */
export const devIdentitySubmit: RouteHandler = async (env, request) => {
  const fields = form.safeParse(await readForm(request.req));
  const input = fields.success ? fields.data : { flow: "", email: "", name: "" };
  const flow = await openFlow(env, input.flow || request.url.searchParams.get("flow"));
  if (!flow) return htmlResponse(renderDevIdentityProblem(FLOW_PROBLEM), 404);
  let email: string;
  try {
    email = normalizeEmail(input.email);
  } catch {
    return page(env, flow, 400, {
      error: "Enter a valid email address.",
      values: { email: input.email, name: input.name },
    });
  }
  const name = input.name.trim() || (email.split("@")[0] ?? email);
  const redirectTo = flow.referrer ?? env.config.site_url;
  const pkce = flow.code_challenge !== null;
  try {
    const profile = { provider: flow.provider_type, email, name };
    const linking = flow.authentication_method === LINK_IDENTITY_METHOD && flow.user_id;
    const user = linking
      ? await linkExternalIdentity(env, flow.user_id ?? "", profile)
      : await signInExternalIdentity(env, profile);
    if (isBanned(user)) throw forbidden("user_banned", "User is banned");
    if (pkce) return redirect(withQuery(redirectTo, { code: await issueAuthCode(env.sql, flow.id, user.id) }), 303);
    await env.sql`delete from auth.flow_state where id = ${flow.id}`;
    const method = linking ? "oauth" : flow.authentication_method;
    const session = await startSession(env, user.id, method, clientInfo(request));
    return redirect(withFragment(redirectTo, implicitFlowParams(session)), 303);
  } catch (err) {
    if (err instanceof AuthError) return redirect(errorRedirectUrl(redirectTo, err, pkce), 303);
    throw err;
  }
};
