import type { RouteHandler } from "../env.ts";
import { badRequest } from "../errors.ts";
import { requireUser } from "../require-user.ts";

/** POST /logout?scope=global|local|others — 204 without a body, as auth-js expects. */
export const logout: RouteHandler = async (env, request) => {
  const { user, sessionId } = await requireUser(env, request);
  const scope = request.url.searchParams.get("scope") || "global";
  if (scope === "global") {
    await env.sql`delete from auth.sessions where user_id = ${user.id}`;
  } else if (scope === "local") {
    await env.sql`delete from auth.sessions where id = ${sessionId}`;
  } else if (scope === "others") {
    await env.sql`delete from auth.sessions where user_id = ${user.id} and id is distinct from ${sessionId}`;
  } else {
    throw badRequest("validation_failed", `Unsupported logout scope "${scope}"`);
  }
  return new Response(null, { status: 204 });
};
