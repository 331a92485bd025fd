import { createHash } from "node:crypto";
import { SignJWT } from "jose";
import { z } from "zod";
import { normalizeEmail } from "../email-address.ts";
import type { RouteHandler } from "../env.ts";
import { devIdentityIssuer } from "../external-identity.ts";
import { json, readJson } from "../http.ts";

const tokenBody = z.object({
  email: z.string(),
  name: z.string().nullish(),
  aud: z.string().nullish(),
  nonce: z.string().nullish(),
});

/**
 * Local development only (GoTrue has no such route): the development identity provider issues an OIDC ID
 * token for the person named, as Google would to a native app, so `signInWithIdToken` can be tried and
 * tested without a real provider. Signed with the stack's published key, under the provider's own issuer;
 * a `nonce` is embedded hashed, the way Google embeds the one the app passed.
 */
export const devIdentityIdToken: RouteHandler = async (env, request) => {
  const body = await readJson(request.req, tokenBody);
  const email = normalizeEmail(body.email);
  const now = Math.floor(Date.now() / 1000);
  const idToken = await new SignJWT({
    email,
    email_verified: true,
    name: body.name ?? email.split("@")[0],
    ...(body.nonce ? { nonce: createHash("sha256").update(body.nonce).digest("hex") } : {}),
  })
    .setProtectedHeader({ alg: "ES256", kid: env.keys.kid, typ: "JWT" })
    .setIssuer(devIdentityIssuer(env))
    .setSubject(createHash("sha256").update(`dev-identity:${email}`).digest().readBigUInt64BE(0).toString())
    .setAudience(body.aud ?? "arco-local")
    .setIssuedAt(now)
    .setExpirationTime(now + 3600)
    .sign(env.keys.privateKey);
  return json({ id_token: idToken });
};
