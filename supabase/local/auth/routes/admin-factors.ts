import type { RouteHandler } from "../env.ts";
import { notFound } from "../errors.ts";
import { json } from "../http.ts";
import { deleteFactor, factorsOf, findOwnedFactor, serializeFactor } from "../mfa/factor-store.ts";
import { requireAdminTarget } from "../require-admin.ts";
import { isUuid } from "../uuid.ts";

/** GET /admin/users/:id/factors — every factor of the user, verified or not, as a bare array. */
export const listUserFactors: RouteHandler = async (env, request) => {
  const user = await requireAdminTarget(env, request);
  return json((await factorsOf(env.sql, user.id)).map(serializeFactor));
};

/** DELETE /admin/users/:id/factors/:factorId — e.g. for a user who lost their authenticator. */
export const deleteUserFactor: RouteHandler = async (env, request) => {
  const user = await requireAdminTarget(env, request);
  const factorId = request.params.factorId ?? "";
  if (!isUuid(factorId)) throw notFound("validation_failed", "factor_id must be an UUID");
  const factor = await findOwnedFactor(env.sql, user.id, factorId);
  if (!factor) throw notFound("mfa_factor_not_found", "Factor not found");
  await env.sql.begin((tx) => deleteFactor(tx, factor));
  return json(serializeFactor(factor));
};
