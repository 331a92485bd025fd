import type { Sql } from "postgres";
import type { StackConfig } from "../config.ts";
import type { StackKeys } from "../keys.ts";
import type { Mailbox } from "../mailbox.ts";
import type { RequestInfo } from "../types.ts";
import type { RateLimits } from "./rate-limit.ts";

export type AuthConfig = StackConfig["auth"];

/** What every auth route works with: the stack's resources plus the service's own limiters. */
export interface AuthEnv {
  sql: Sql;
  keys: StackKeys;
  config: AuthConfig;
  mailbox: Mailbox;
  /** Public base URL of the auth API, e.g. http://127.0.0.1:54321/auth/v1. */
  authUrl: string;
  limits: RateLimits;
}

/** One incoming call as a route sees it. */
export interface AuthRequest {
  req: Request;
  url: URL;
  info: RequestInfo;
  /** Path parameters, e.g. `id` of /admin/users/:id. */
  params: Record<string, string>;
}

export type RouteHandler = (env: AuthEnv, request: AuthRequest) => Promise<Response>;

/** Who is calling, as recorded on sessions. */
export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

export function clientInfo(request: AuthRequest): ClientInfo {
  return { ip: request.info.ip, userAgent: request.req.headers.get("user-agent") };
}
