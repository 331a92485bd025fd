import { z } from "zod";
import { normalizeEmail } from "../email-address.ts";
import { clientInfo, type AuthEnv, type AuthRequest, type RouteHandler } from "../env.ts";
import { AuthError, badRequest, forbidden, unprocessable } from "../errors.ts";
import { issueEmailAuthCode } from "../flow-state.ts";
import { json, readJson, redirect, validate } from "../http.ts";
import { LINK_AUTH_METHOD } from "../one-time-tokens.ts";
import { errorRedirectUrl, requestRedirect, withFragment, withQuery } from "../redirects.ts";
import { implicitFlowParams, startSession } from "../sessions.ts";
import { verifyPhoneOtp } from "../phone.ts";
import { PKCE_PREFIX } from "../tokens.ts";
import {
  applyVerification,
  assertUsable,
  findByEmailOtp,
  findByTokenHash,
  LINK_TYPES,
  VERIFY_TYPES,
  type TokenMatch,
  type VerifyType,
} from "../verification.ts";

const PARTIAL_EMAIL_CHANGE = "Confirmation link accepted. Please proceed to confirm link sent to the other email";
const LINK_EXPIRED = "Email link is invalid or has expired";
const OTP_EXPIRED = "Token has expired or is invalid";

const linkQuery = z.object({
  token: z.string().min(1, "Verify requires a token"),
  type: z.enum(LINK_TYPES, "Invalid email verification type"),
});

async function consume(env: AuthEnv, match: TokenMatch): Promise<"partial" | "complete"> {
  return env.sql.begin((tx) => applyVerification(tx, match));
}

/** GET /verify — the link in auth emails: 303 to `redirect_to` with tokens (fragment) or `?code=` (PKCE). */
export const verifyGet: RouteHandler = async (env, request: AuthRequest) => {
  const redirectTo = requestRedirect(env.config, request);
  const query = validate(linkQuery, Object.fromEntries(request.url.searchParams));
  const pkce = query.token.startsWith(PKCE_PREFIX);
  try {
    const match = await findByTokenHash(env.sql, query.type, query.token);
    if (!match) throw forbidden("otp_expired", LINK_EXPIRED);
    assertUsable(env.config, match, LINK_EXPIRED);
    if ((await consume(env, match)) === "partial") {
      const target = new URL(pkce ? withQuery(redirectTo, { message: PARTIAL_EMAIL_CHANGE }) : redirectTo);
      target.hash = new URLSearchParams({ message: PARTIAL_EMAIL_CHANGE }).toString();
      return redirect(target.toString(), 303);
    }
    if (pkce) {
      const method = query.type === "email_change" ? "email_change" : LINK_AUTH_METHOD[query.type];
      const code = await issueEmailAuthCode(env.sql, match.user.id, method);
      return redirect(withQuery(redirectTo, { code }), 303);
    }
    const session = await startSession(env, match.user.id, "otp", clientInfo(request));
    return redirect(withFragment(redirectTo, { ...implicitFlowParams(session), type: query.type }), 303);
  } catch (err) {
    if (err instanceof AuthError) return redirect(errorRedirectUrl(redirectTo, err, pkce), 303);
    throw err;
  }
};

const verifyBody = z.object({
  type: z.string().nullish(),
  token: z.string().nullish(),
  token_hash: z.string().nullish(),
  email: z.string().nullish(),
  phone: z.string().nullish(),
});

async function findMatch(
  env: AuthEnv,
  body: z.output<typeof verifyBody>,
  type: VerifyType,
): Promise<TokenMatch | null> {
  if (body.token_hash) {
    if (body.email || body.phone)
      throw badRequest("validation_failed", "Only the token_hash and type should be provided");
    return findByTokenHash(env.sql, type, body.token_hash);
  }
  if (!body.token) throw badRequest("validation_failed", "Verify requires either a token or a token hash");
  if (body.phone) throw badRequest("validation_failed", "Phone verification is not supported by the local stack");
  let email: string;
  try {
    email = normalizeEmail(body.email);
  } catch {
    throw unprocessable("validation_failed", "Invalid email format");
  }
  return findByEmailOtp(env.sql, type, email, body.token.replaceAll("-", ""));
}

/** POST /verify — `verifyOtp`: an email code or a token hash, answered with a session. */
export const verifyPost: RouteHandler = async (env, request) => {
  const body = await readJson(request.req, verifyBody);
  if (!body.type) throw badRequest("validation_failed", "Verify requires a verification type");
  if ((body.type === "sms" || body.type === "phone_change") && !body.token_hash) {
    if (!body.token) throw badRequest("validation_failed", "Verify requires either a token or a token hash");
    const user = await verifyPhoneOtp(env, body.type, body.phone ?? "", body.token);
    return json(await startSession(env, user.id, "otp", clientInfo(request)));
  }
  const type = VERIFY_TYPES.find((candidate) => candidate === body.type);
  if (!type) throw badRequest("validation_failed", "Unsupported verification type");
  const match = await findMatch(env, body, type);
  if (!match) throw forbidden("otp_expired", OTP_EXPIRED);
  assertUsable(env.config, match, OTP_EXPIRED);
  if ((await consume(env, match)) === "partial") return json({ msg: PARTIAL_EMAIL_CHANGE, code: "200" });
  return json(await startSession(env, match.user.id, "otp", clientInfo(request)));
};
