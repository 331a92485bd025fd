import type { AuthEnv, AuthRequest } from "./env.ts";
import { forbidden, notFound } from "./errors.ts";
import { requireClaims } from "./require-user.ts";
import { findUserById } from "./user-store.ts";
import type { UserRow } from "./users.ts";
import { isUuid } from "./uuid.ts";

const ADMIN_ROLES = new Set(["service_role", "supabase_admin"]);

/** Admin routes take the service-role key (or another admin-role JWT); the anon key or a user token is 403. */
export async function requireAdmin(env: AuthEnv, request: AuthRequest): Promise<void> {
  const claims = await requireClaims(env, request);
  if (!ADMIN_ROLES.has(claims.role)) throw forbidden("not_admin", "User not allowed");
}

/** Admin routes under /admin/users/:id: the admin check, then the user the path names (GoTrue's loadUser). */
export async function requireAdminTarget(env: AuthEnv, request: AuthRequest): Promise<UserRow> {
  await requireAdmin(env, request);
  const id = request.params.id ?? "";
  if (!isUuid(id)) throw notFound("validation_failed", "user_id must be an UUID");
  const user = await findUserById(env.sql, id);
  if (!user) throw notFound("user_not_found", "User not found");
  return user;
}
