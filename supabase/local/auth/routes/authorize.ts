import type { AuthEnv, RouteHandler } from "../env.ts";
import { badRequest } from "../errors.ts";
import { devIdentityUrl } from "../dev-identity-url.ts";
import { createFlowState } from "../flow-state.ts";
import { redirect } from "../http.ts";
import { parsePkceParams } from "../pkce.ts";
import { isProviderEnabled, OAUTH_PROVIDERS } from "../providers.ts";
import { requestRedirect } from "../redirects.ts";

/** A known and enabled OAuth provider, or GoTrue's refusal. */
export function assertOAuthProvider(env: AuthEnv, provider: string): string {
  if (!(provider in OAUTH_PROVIDERS)) {
    throw badRequest("validation_failed", `Unsupported provider: Provider ${provider} could not be found`);
  }
  if (!isProviderEnabled(env.config, provider)) {
    throw badRequest("provider_disabled", "Unsupported provider: provider is not enabled");
  }
  return provider;
}

/**
 * GET /authorize?provider=… — where GoTrue would send the browser to Google or GitHub, the local stack
 * sends it to its development sign-in page, which then finishes the flow like the provider callback.
 */
export const authorize: RouteHandler = async (env, request) => {
  const query = request.url.searchParams;
  const provider = assertOAuthProvider(env, query.get("provider") ?? "");
  const pkce = parsePkceParams(query.get("code_challenge"), query.get("code_challenge_method"));
  const flow = await createFlowState(env.sql, {
    userId: null,
    pkce,
    providerType: provider,
    authenticationMethod: "oauth",
    referrer: requestRedirect(env.config, request),
  });
  return redirect(devIdentityUrl(env, flow.id), 302);
};
