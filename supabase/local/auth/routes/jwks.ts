import type { RouteHandler } from "../env.ts";
import { json } from "../http.ts";

/** Only the public signing key: auth-js `getClaims` verifies access tokens with it. */
export const jwks: RouteHandler = async (env) =>
  json({ keys: [env.keys.publicJwk] }, 200, { "cache-control": "public, max-age=600" });
