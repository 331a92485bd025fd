import { devIdentityUrl } from "../dev-identity-url.ts";
import type { AuthEnv, RouteHandler } from "../env.ts";
import { badRequest, notFound, unprocessable } from "../errors.ts";
import { createFlowState, LINK_IDENTITY_METHOD } from "../flow-state.ts";
import { json, redirect } from "../http.ts";
import { parsePkceParams } from "../pkce.ts";
import { requestRedirect } from "../redirects.ts";
import { requireUser } from "../require-user.ts";
import { identitiesOf, jsonb } from "../user-store.ts";
import { isUuid } from "../uuid.ts";
import { assertOAuthProvider } from "./authorize.ts";

/** `enable_manual_linking = false` hides /user/identities, as GoTrue's requireManualLinkingEnabled does. */
function assertManualLinkingEnabled(env: AuthEnv): void {
  if (!env.config.enable_manual_linking) throw notFound("manual_linking_disabled", "Manual linking is disabled");
}

/**
 * GET /user/identities/authorize?provider=… — `linkIdentity`: the provider's sign-in (locally the development
 * identity page) for the signed-in user; its identity is then added to this user instead of signing anyone up.
 */
export const linkIdentity: RouteHandler = async (env, request) => {
  const { user } = await requireUser(env, request);
  assertManualLinkingEnabled(env);
  const query = request.url.searchParams;
  const provider = assertOAuthProvider(env, query.get("provider") ?? "");
  const pkce = parsePkceParams(query.get("code_challenge"), query.get("code_challenge_method"));
  const flow = await createFlowState(env.sql, {
    userId: user.id,
    pkce,
    providerType: provider,
    authenticationMethod: LINK_IDENTITY_METHOD,
    referrer: requestRedirect(env.config, request),
  });
  const url = devIdentityUrl(env, flow.id);
  return query.get("skip_http_redirect") === "true" ? json({ url }) : redirect(url, 302);
};

/** DELETE /user/identities/:identityId — unlinks one identity, never the last one. */
export const unlinkIdentity: RouteHandler = async (env, request) => {
  const { user } = await requireUser(env, request);
  assertManualLinkingEnabled(env);
  const identityId = request.params.identityId ?? "";
  if (!isUuid(identityId)) throw badRequest("validation_failed", "identity_id must be an UUID");
  const identities = await identitiesOf(env.sql, user.id);
  if (identities.length <= 1) {
    throw unprocessable("single_identity_not_deletable", "User must have at least 1 identity after unlinking");
  }
  const identity = identities.find((candidate) => candidate.id === identityId);
  if (!identity) throw unprocessable("identity_not_found", "Identity doesn't exist");
  const providers = [...new Set(identities.filter((i) => i.id !== identityId).map((i) => i.provider))];
  const app = { ...(user.raw_app_meta_data ?? {}), provider: providers[0], providers };
  await env.sql.begin(async (tx) => {
    await tx`delete from auth.identities where id = ${identityId}`;
    // The address of an unlinked email/phone identity is not a way in any more (GoTrue clears it).
    if (identity.provider === "email") await tx`update auth.users set email = null where id = ${user.id}`;
    if (identity.provider === "phone") await tx`update auth.users set phone = null where id = ${user.id}`;
    await tx`update auth.users set raw_app_meta_data = ${jsonb(tx, app)}, updated_at = now() where id = ${user.id}`;
  });
  return json({});
};
