import { z } from "zod";
import { normalizeEmail } from "../email-address.ts";
import type { RouteHandler } from "../env.ts";
import { json, readJson } from "../http.ts";
import { parsePkceParams } from "../pkce.ts";
import { requestRedirect } from "../redirects.ts";
import { pkceFields } from "../schemas.ts";
import { sendLinkEmail } from "../send-link-email.ts";
import { findUserByEmail } from "../user-store.ts";

const recoverBody = z.object({ email: z.string().nullish(), ...pkceFields });

/** Password reset email. Unknown addresses get the same `{}` so the endpoint cannot probe for accounts. */
export const recover: RouteHandler = async (env, request) => {
  const body = await readJson(request.req, recoverBody);
  const pkce = parsePkceParams(body.code_challenge, body.code_challenge_method);
  const user = await findUserByEmail(env.sql, normalizeEmail(body.email));
  if (user) await sendLinkEmail(env, user, "recovery", requestRedirect(env.config, request), pkce);
  return json({});
};
