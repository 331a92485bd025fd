import type { AuthEnv, AuthRequest } from "./env.ts";
import { forbidden } from "./errors.ts";
import { requireClaims } from "./require-user.ts";

const ADMIN_ROLES = new Set(["service_role", "supabase_admin"]);

/** Admin routes take the service-role key (or another admin-role JWT); the anon key or a user token is 403. */
export async function requireAdmin(env: AuthEnv, request: AuthRequest): Promise<void> {
  const claims = await requireClaims(env, request);
  if (!ADMIN_ROLES.has(claims.role)) throw forbidden("not_admin", "User not allowed");
}
