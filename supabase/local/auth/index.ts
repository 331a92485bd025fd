import type { RequestInfo, Service, StackContext } from "../types.ts";
import type { AuthEnv, RouteHandler } from "./env.ts";
import { disabledFeatureError } from "./disabled-features.ts";
import { AuthError, errorResponse } from "./errors.ts";
import { createRateLimits, enforceIpLimit, type RateLimits, type TokenBucket } from "./rate-limit.ts";
import { deleteUserFactor, listUserFactors } from "./routes/admin-factors.ts";
import { listUsers } from "./routes/admin-list-users.ts";
import { createUser, deleteUserById, getUserById, updateUserById } from "./routes/admin-users.ts";
import { authorize } from "./routes/authorize.ts";
import { devIdentityPage, devIdentitySubmit } from "./routes/dev-identity.ts";
import { devIdentityIdToken } from "./routes/dev-identity-token.ts";
import { challengeFactor, enrollFactor, unenrollFactor, verifyFactor } from "./routes/factors.ts";
import { generateLink } from "./routes/generate-link.ts";
import { health } from "./routes/health.ts";
import { invite } from "./routes/invite.ts";
import { jwks } from "./routes/jwks.ts";
import { logout } from "./routes/logout.ts";
import { linkIdentity, unlinkIdentity } from "./routes/identities.ts";
import { otp } from "./routes/otp.ts";
import { reauthenticate } from "./routes/reauthenticate.ts";
import { recover } from "./routes/recover.ts";
import { resend } from "./routes/resend.ts";
import { settings } from "./routes/settings.ts";
import { signup } from "./routes/signup.ts";
import { sso } from "./routes/sso.ts";
import { token } from "./routes/token.ts";
import { getUser, updateUser } from "./routes/user.ts";
import { verifyGet, verifyPost } from "./routes/verify.ts";

interface Route {
  method: string;
  /** Path below /auth/v1; `:name` segments become params. */
  pattern: string;
  handler: RouteHandler;
  /** The per-IP limiter GoTrue puts in front of the route. */
  limit?: (limits: RateLimits) => TokenBucket;
}

const ROUTES: Route[] = [
  { method: "GET", pattern: "/health", handler: health },
  { method: "GET", pattern: "/settings", handler: settings },
  { method: "GET", pattern: "/.well-known/jwks.json", handler: jwks },
  { method: "POST", pattern: "/signup", handler: signup, limit: (l) => l.signup },
  { method: "POST", pattern: "/token", handler: token, limit: (l) => l.token },
  { method: "POST", pattern: "/otp", handler: otp, limit: (l) => l.otp },
  { method: "POST", pattern: "/recover", handler: recover, limit: (l) => l.recover },
  { method: "POST", pattern: "/resend", handler: resend, limit: (l) => l.otp },
  { method: "GET", pattern: "/reauthenticate", handler: reauthenticate },
  { method: "GET", pattern: "/user/identities/authorize", handler: linkIdentity },
  { method: "DELETE", pattern: "/user/identities/:identityId", handler: unlinkIdentity },
  { method: "GET", pattern: "/verify", handler: verifyGet, limit: (l) => l.verify },
  { method: "POST", pattern: "/verify", handler: verifyPost, limit: (l) => l.verify },
  { method: "GET", pattern: "/authorize", handler: authorize },
  { method: "POST", pattern: "/sso", handler: sso, limit: (l) => l.sso },
  { method: "GET", pattern: "/dev-identity", handler: devIdentityPage },
  { method: "POST", pattern: "/dev-identity", handler: devIdentitySubmit },
  { method: "POST", pattern: "/dev-identity/id-token", handler: devIdentityIdToken },
  { method: "GET", pattern: "/user", handler: getUser },
  { method: "PUT", pattern: "/user", handler: updateUser, limit: (l) => l.user },
  { method: "POST", pattern: "/logout", handler: logout },
  { method: "POST", pattern: "/invite", handler: invite },
  { method: "GET", pattern: "/admin/users", handler: listUsers },
  { method: "POST", pattern: "/admin/users", handler: createUser },
  { method: "GET", pattern: "/admin/users/:id", handler: getUserById },
  { method: "PUT", pattern: "/admin/users/:id", handler: updateUserById },
  { method: "DELETE", pattern: "/admin/users/:id", handler: deleteUserById },
  { method: "POST", pattern: "/admin/generate_link", handler: generateLink },
  { method: "GET", pattern: "/admin/users/:id/factors", handler: listUserFactors },
  { method: "DELETE", pattern: "/admin/users/:id/factors/:factorId", handler: deleteUserFactor },
  { method: "POST", pattern: "/factors", handler: enrollFactor },
  { method: "POST", pattern: "/factors/:factorId/challenge", handler: challengeFactor },
  { method: "POST", pattern: "/factors/:factorId/verify", handler: verifyFactor },
  { method: "DELETE", pattern: "/factors/:factorId", handler: unenrollFactor },
];

function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const expected = pattern.split("/");
  const actual = path.split("/");
  if (expected.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (const [i, segment] of expected.entries()) {
    const value = actual[i] ?? "";
    if (segment.startsWith(":")) params[segment.slice(1)] = decodeURIComponent(value);
    else if (segment !== value) return null;
  }
  return params;
}

function findRoute(method: string, path: string): { route: Route; params: Record<string, string> } | AuthError {
  let pathKnown = false;
  for (const route of ROUTES) {
    const params = matchPattern(route.pattern, path);
    if (!params) continue;
    if (route.method === method) return { route, params };
    pathKnown = true;
  }
  return pathKnown
    ? new AuthError(405, "method_not_allowed", `Method ${method} is not allowed on ${path}`)
    : new AuthError(404, "not_found", `No auth endpoint at ${path}`);
}

/** The Supabase Auth (GoTrue) emulator behind /auth/v1. */
export async function createAuthService(ctx: StackContext): Promise<Service> {
  const env: AuthEnv = {
    sql: ctx.sql,
    keys: ctx.keys,
    config: ctx.config.auth,
    mailbox: ctx.mailbox,
    authUrl: `${ctx.apiUrl}/auth/v1`,
    limits: createRateLimits(ctx.config.auth.rate_limit),
  };
  return {
    async handle(req: Request, info: RequestInfo): Promise<Response> {
      try {
        const path = info.path.length > 1 ? info.path.replace(/\/+$/, "") : info.path;
        const found = findRoute(req.method, path);
        if (found instanceof AuthError) {
          const request = { req, url: new URL(req.url), info, params: {} };
          throw (await disabledFeatureError(env, request, path)) ?? found;
        }
        if (found.route.limit) enforceIpLimit(found.route.limit(env.limits), info.ip);
        return await found.route.handler(env, { req, url: new URL(req.url), info, params: found.params });
      } catch (err) {
        return errorResponse(req, err);
      }
    },
  };
}
