import { randomUUID } from "node:crypto";
import { isIP } from "node:net";
import { z } from "zod";
import type { AuthEnv, AuthRequest, RouteHandler } from "../env.ts";
import { badRequest, forbidden, notFound, unprocessable } from "../errors.ts";
import { json, readJson } from "../http.ts";
import { deleteFactor, factorsOf, findOwnedFactor, type FactorRow } from "../mfa/factor-store.ts";
import { newTotp, totpCodeMatches } from "../mfa/totp.ts";
import { upgradeSessionToAal2 } from "../mfa/upgrade-session.ts";
import { requireUser, type Caller } from "../require-user.ts";
import { sessionBody } from "../sessions.ts";
import { findUserById } from "../user-store.ts";
import { isUuid } from "../uuid.ts";

/** GoTrue's MFA_FACTOR_EXPIRY_DURATION and MFA_CHALLENGE_EXPIRY_DURATION defaults. */
const UNVERIFIED_FACTOR_TTL_SECONDS = 300;
const CHALLENGE_TTL_SECONDS = 300;
/** GoTrue's MFA_MAX_VERIFIED_FACTORS default. */
const MAX_VERIFIED_FACTORS = 10;

interface FactorCaller extends Caller {
  sessionId: string;
  aal2: boolean;
}

/** /factors routes: a signed-in, non-anonymous user with a live session (GoTrue's requireNotAnonymous). */
async function requireFactorCaller(env: AuthEnv, request: AuthRequest): Promise<FactorCaller> {
  const caller = await requireUser(env, request);
  if (caller.user.is_anonymous) {
    throw forbidden("no_authorization", "Anonymous user not allowed to perform these actions");
  }
  if (!caller.sessionId) throw forbidden("session_not_found", "Session from session_id claim in JWT does not exist");
  const [session] = await env.sql<
    { aal: string | null }[]
  >`select aal from auth.sessions where id = ${caller.sessionId}`;
  return { ...caller, sessionId: caller.sessionId, aal2: session?.aal === "aal2" || session?.aal === "aal3" };
}

async function loadFactor(env: AuthEnv, request: AuthRequest, userId: string): Promise<FactorRow> {
  const id = request.params.factorId ?? "";
  if (!isUuid(id)) throw notFound("validation_failed", "factor_id must be an UUID");
  const factor = await findOwnedFactor(env.sql, userId, id);
  if (!factor) throw notFound("mfa_factor_not_found", "Factor not found");
  return factor;
}

/** The challenge IP as Postgres `inet` (the column is not null); the same function reads it back on verify. */
function challengeIp(request: AuthRequest): string {
  return isIP(request.info.ip) ? request.info.ip : "0.0.0.0";
}

const enrollBody = z.object({
  factor_type: z.string().nullish(),
  friendly_name: z.string().nullish(),
  issuer: z.string().nullish(),
  phone: z.string().nullish(),
});

/** GoTrue's validateFactors: unique friendly names, the factor limits, and aal2 to add a second factor. */
async function assertMayEnroll(env: AuthEnv, caller: FactorCaller, friendlyName: string): Promise<void> {
  await env.sql`
    delete from auth.mfa_factors
    where status = 'unverified' and created_at < now() - make_interval(secs => ${UNVERIFIED_FACTOR_TTL_SECONDS})`;
  const factors = await factorsOf(env.sql, caller.user.id);
  if (factors.some((factor) => (factor.friendly_name ?? "") === friendlyName)) {
    throw unprocessable(
      "mfa_factor_name_conflict",
      `A factor with the friendly name ${JSON.stringify(friendlyName)} for this user already exists`,
    );
  }
  const verified = factors.filter((factor) => factor.status === "verified").length;
  if (factors.length >= env.config.mfa.max_enrolled_factors || verified >= MAX_VERIFIED_FACTORS) {
    throw unprocessable(
      "too_many_enrolled_mfa_factors",
      "Maximum number of verified factors reached, unenroll to continue",
    );
  }
  if (verified > 0 && !caller.aal2) throw forbidden("insufficient_aal", "AAL2 required to enroll a new factor");
}

/** POST /factors — TOTP enrollment: an unverified factor plus what the authenticator app needs. */
export const enrollFactor: RouteHandler = async (env, request) => {
  const caller = await requireFactorCaller(env, request);
  const body = await readJson(request.req, enrollBody);
  switch (body.factor_type) {
    case "totp":
      if (!env.config.mfa.totp.enroll_enabled) {
        throw unprocessable("mfa_totp_enroll_not_enabled", "MFA enroll is disabled for TOTP");
      }
      break;
    case "phone":
      throw unprocessable("mfa_phone_enroll_not_enabled", "MFA enroll is disabled for Phone");
    case "webauthn":
      throw unprocessable("mfa_webauthn_enroll_not_enabled", "MFA enroll is disabled for WebAuthn");
    default:
      throw badRequest("validation_failed", "factor_type needs to be totp, phone, or webauthn");
  }
  const friendlyName = body.friendly_name ?? "";
  await assertMayEnroll(env, caller, friendlyName);
  const issuer = body.issuer || new URL(env.config.site_url).host;
  const totp = await newTotp(issuer, caller.user.email ?? "");
  const id = randomUUID();
  await env.sql`
    insert into auth.mfa_factors (id, user_id, friendly_name, factor_type, status, created_at, updated_at, secret)
    values (${id}, ${caller.user.id}, ${friendlyName}, 'totp', 'unverified', now(), now(), ${totp.secret})`;
  return json({
    id,
    type: "totp",
    friendly_name: friendlyName,
    totp: { qr_code: totp.qrCode, secret: totp.secret, uri: totp.uri },
  });
};

function assertTotpVerifyEnabled(env: AuthEnv, factor: FactorRow): void {
  if (factor.factor_type !== "totp") {
    throw badRequest("validation_failed", "factor_type needs to be totp, phone, or webauthn");
  }
  if (!env.config.mfa.totp.verify_enabled) {
    throw unprocessable("mfa_totp_verify_not_enabled", "MFA verification is disabled for TOTP");
  }
}

/** POST /factors/:factorId/challenge — a challenge bound to the caller's IP address. */
export const challengeFactor: RouteHandler = async (env, request) => {
  const caller = await requireFactorCaller(env, request);
  const factor = await loadFactor(env, request, caller.user.id);
  assertTotpVerifyEnabled(env, factor);
  const id = randomUUID();
  const [challenge] = await env.sql.begin(async (tx) => {
    await tx`update auth.mfa_factors set last_challenged_at = clock_timestamp() where id = ${factor.id}`;
    return tx<{ created_at: Date }[]>`
      insert into auth.mfa_challenges (id, factor_id, created_at, ip_address)
      values (${id}, ${factor.id}, now(), ${challengeIp(request)}) returning created_at`;
  });
  const createdAt = challenge?.created_at ?? new Date();
  return json({ id, type: "totp", expires_at: Math.floor(createdAt.getTime() / 1000) + CHALLENGE_TTL_SECONDS });
};

const verifyBody = z.object({ challenge_id: z.string().nullish(), code: z.string().nullish() });

interface ChallengeRow {
  id: string;
  created_at: Date;
  verified_at: Date | null;
  same_ip: boolean;
}

/** POST /factors/:factorId/verify — a right code verifies the factor and makes the session aal2. */
export const verifyFactor: RouteHandler = async (env, request) => {
  const caller = await requireFactorCaller(env, request);
  const factor = await loadFactor(env, request, caller.user.id);
  const body = await readJson(request.req, verifyBody);
  if (!body.code) throw badRequest("validation_failed", "Code needs to be non-empty");
  assertTotpVerifyEnabled(env, factor);

  const challengeNotFound = () =>
    unprocessable("mfa_factor_not_found", "MFA factor with the provided challenge ID not found");
  if (!body.challenge_id || !isUuid(body.challenge_id)) throw challengeNotFound();
  const [challenge] = await env.sql<ChallengeRow[]>`
    select id, created_at, verified_at, ip_address = ${challengeIp(request)}::inet as same_ip
    from auth.mfa_challenges where id = ${body.challenge_id} and factor_id = ${factor.id}`;
  if (!challenge) throw challengeNotFound();
  if (challenge.verified_at || !challenge.same_ip) {
    throw unprocessable("mfa_ip_address_mismatch", "Challenge and verify IP addresses mismatch.");
  }
  if (Date.now() > challenge.created_at.getTime() + CHALLENGE_TTL_SECONDS * 1000) {
    await env.sql`delete from auth.mfa_challenges where id = ${challenge.id}`;
    throw unprocessable(
      "mfa_challenge_expired",
      `MFA challenge ${challenge.id} has expired, verify against another challenge or create a new challenge.`,
    );
  }
  if (!factor.secret || !totpCodeMatches(factor.secret, body.code)) {
    throw unprocessable("mfa_verification_failed", "Invalid TOTP code entered");
  }

  const refreshToken = await env.sql.begin(async (tx) => {
    await tx`update auth.mfa_challenges set verified_at = now() where id = ${challenge.id}`;
    await tx`update auth.mfa_factors set status = 'verified', updated_at = now()
             where id = ${factor.id} and status = 'unverified'`;
    return upgradeSessionToAal2(tx, caller.user.id, caller.sessionId, factor);
  });
  const user = (await findUserById(env.sql, caller.user.id)) ?? caller.user;
  return json(await sessionBody(env, user, caller.sessionId, refreshToken));
};

/** DELETE /factors/:factorId — removing a verified factor takes an aal2 session. */
export const unenrollFactor: RouteHandler = async (env, request) => {
  const caller = await requireFactorCaller(env, request);
  const factor = await loadFactor(env, request, caller.user.id);
  if (factor.status === "verified" && !caller.aal2) {
    throw unprocessable("insufficient_aal", "AAL2 required to unenroll verified factor");
  }
  await env.sql.begin((tx) => deleteFactor(tx, factor));
  return json({ id: factor.id });
};
