import { z } from "zod";
import { devIdentityUrl } from "../dev-identity-url.ts";
import type { AuthEnv, RouteHandler } from "../env.ts";
import { badRequest, notFound } from "../errors.ts";
import { createFlowState } from "../flow-state.ts";
import { json, readJson, redirect } from "../http.ts";
import { parsePkceParams } from "../pkce.ts";
import { SSO_PREFIX } from "../providers.ts";
import { requestRedirect } from "../redirects.ts";
import { pkceFields } from "../schemas.ts";
import { isUuid } from "../uuid.ts";

const ssoBody = z.object({
  domain: z.string().nullish(),
  provider_id: z.string().nullish(),
  redirect_to: z.string().nullish(),
  skip_http_redirect: z.boolean().nullish(),
  ...pkceFields,
});

async function findProvider(env: AuthEnv, body: z.output<typeof ssoBody>): Promise<string> {
  if (body.domain) {
    const [row] = await env.sql<{ id: string }[]>`
      select p.id from auth.sso_domains d join auth.sso_providers p on p.id = d.sso_provider_id
      where lower(d.domain) = ${body.domain.trim().toLowerCase()} and p.disabled is not true`;
    if (!row) throw notFound("sso_provider_not_found", "No SSO provider assigned for this domain");
    return row.id;
  }
  const id = body.provider_id ?? "";
  const [row] = isUuid(id)
    ? await env.sql<{ id: string }[]>`select id from auth.sso_providers where id = ${id} and disabled is not true`
    : [];
  if (!row) throw notFound("sso_provider_not_found", "No such SSO provider");
  return row.id;
}

/** `[auth.saml] enabled = false` hides every /sso route, as GoTrue's requireSAMLEnabled does. */
export function assertSamlEnabled(env: AuthEnv): void {
  if (!env.config.saml.enabled) throw notFound("saml_provider_disabled", "SAML 2.0 is disabled");
}

/** POST /sso — SAML sign-in by email domain or provider id, simulated by the development sign-in page. */
export const sso: RouteHandler = async (env, request) => {
  assertSamlEnabled(env);
  const body = await readJson(request.req, ssoBody);
  if (body.domain && body.provider_id) {
    throw badRequest("validation_failed", "Only one of provider_id or domain supported");
  }
  if (!body.domain && !body.provider_id) {
    throw badRequest("validation_failed", "A provider_id or domain needs to be provided");
  }
  const pkce = parsePkceParams(body.code_challenge, body.code_challenge_method);
  const providerId = await findProvider(env, body);
  const flow = await createFlowState(env.sql, {
    userId: null,
    pkce,
    providerType: SSO_PREFIX + providerId,
    authenticationMethod: "sso/saml",
    referrer: requestRedirect(env.config, request, body.redirect_to),
  });
  const url = devIdentityUrl(env, flow.id);
  return body.skip_http_redirect ? json({ url }) : redirect(url, 303);
};
