import { z } from "zod";
import { clientInfo, type AuthEnv, type AuthRequest } from "../env.ts";
import { badRequest, notFound, unprocessable } from "../errors.ts";
import { isFlowExpired, LINK_IDENTITY_METHOD, type FlowStateRow } from "../flow-state.ts";
import { json, readJson } from "../http.ts";
import { verifierMatches } from "../pkce.ts";
import { startSession } from "../sessions.ts";
import { findUserById } from "../user-store.ts";
import { isBanned } from "../users.ts";

const pkceBody = z.object({
  auth_code: z.string().nullish(),
  code_verifier: z.string().nullish(),
});

const flowNotFound = () => notFound("flow_state_not_found", "invalid flow state, no valid flow state found");

/** `grant_type=pkce`: trades an issued auth code plus the verifier of its challenge for a session. */
export async function pkceGrant(env: AuthEnv, request: AuthRequest): Promise<Response> {
  const body = await readJson(request.req, pkceBody);
  if (!body.auth_code || !body.code_verifier) {
    throw badRequest("validation_failed", "invalid request: both auth code and code verifier should be non-empty");
  }
  const [flow] = await env.sql<FlowStateRow[]>`
    select * from auth.flow_state
    where auth_code = ${body.auth_code} and auth_code_issued_at is not null and user_id is not null`;
  if (!flow?.code_challenge || !flow.code_challenge_method || !flow.user_id) throw flowNotFound();
  if (isFlowExpired(flow)) throw unprocessable("flow_state_expired", "invalid flow state, flow state has expired");
  const pkce = { challenge: flow.code_challenge, method: flow.code_challenge_method };
  if (!verifierMatches(pkce, body.code_verifier)) {
    throw badRequest("bad_code_verifier", "code challenge does not match previously saved code verifier");
  }
  const user = await findUserById(env.sql, flow.user_id);
  if (!user) throw notFound("user_not_found", "User not found");
  if (isBanned(user)) throw badRequest("user_banned", "User is banned");
  // Single use: of two concurrent exchanges only the one that deletes the row wins.
  const deleted = await env.sql`delete from auth.flow_state where id = ${flow.id} returning id`;
  if (deleted.length === 0) throw flowNotFound();
  const method = flow.authentication_method === LINK_IDENTITY_METHOD ? "oauth" : flow.authentication_method;
  return json(await startSession(env, user.id, method, clientInfo(request)));
}
