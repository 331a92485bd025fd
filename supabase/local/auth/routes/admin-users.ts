import { randomUUID } from "node:crypto";
import { z } from "zod";
import { bannedUntil } from "../ban-duration.ts";
import { normalizeEmail } from "../email-address.ts";
import { replaceEmail } from "../email-change.ts";
import type { AuthEnv, RouteHandler } from "../env.ts";
import { badRequest, unprocessable } from "../errors.ts";
import { json, readJson } from "../http.ts";
import { assertStrongPassword, hashPassword } from "../passwords.ts";
import { findUserByPhone, normalizePhone } from "../phone.ts";
import { requireAdmin, requireAdminTarget } from "../require-admin.ts";
import { metadataField } from "../schemas.ts";
import {
  confirmEmail,
  emailIdentityData,
  findUserByEmail,
  findUserById,
  insertIdentity,
  insertUser,
  jsonb,
  userJson,
  type Db,
} from "../user-store.ts";
import { mergeMetadata } from "../users.ts";
import { isUuid } from "../uuid.ts";

const adminUserBody = z.object({
  id: z.string().nullish(),
  email: z.string().nullish(),
  phone: z.string().nullish(),
  password: z.string().nullish(),
  password_hash: z.string().nullish(),
  email_confirm: z.boolean().nullish(),
  phone_confirm: z.boolean().nullish(),
  user_metadata: metadataField,
  app_metadata: metadataField,
  role: z.string().nullish(),
  ban_duration: z.string().nullish(),
});
type AdminUserBody = z.output<typeof adminUserBody>;

/** The stored password a request asks for: a new password (policy-checked) or a ready bcrypt hash. */
async function passwordFrom(env: AuthEnv, body: AdminUserBody): Promise<string | null> {
  if (body.password_hash) {
    if (!body.password_hash.startsWith("$2")) throw badRequest("validation_failed", "Invalid password hash format");
    return body.password_hash;
  }
  if (!body.password) return null;
  assertStrongPassword(env.config, body.password);
  return hashPassword(env.sql, body.password);
}

async function assertEmailFree(db: Db, email: string, except?: string): Promise<void> {
  const owner = await findUserByEmail(db, email);
  if (owner && owner.id !== except) {
    throw unprocessable("email_exists", "A user with this email address has already been registered");
  }
}

/** An admin-created phone user (`phone_confirm` confirms the number), with its phone identity. */
async function createPhoneUserByAdmin(env: AuthEnv, body: AdminUserBody) {
  const phone = normalizePhone(body.phone);
  if (await findUserByPhone(env.sql, phone)) {
    throw unprocessable("phone_exists", "Phone number already registered by another user");
  }
  if (body.id && !isUuid(body.id)) throw badRequest("validation_failed", "id must be a valid UUID");
  const encryptedPassword = (await passwordFrom(env, body)) ?? "";
  const confirmed = body.phone_confirm === true;
  const id = body.id ?? randomUUID();
  const user = await env.sql.begin(async (tx) => {
    const created = await insertUser(tx, {
      id,
      email: null,
      phone,
      phoneConfirmedAt: confirmed ? new Date() : null,
      encryptedPassword,
      appMetadata: mergeMetadata({ provider: "phone", providers: ["phone"] }, body.app_metadata ?? {}),
      userMetadata: mergeMetadata(body.user_metadata ?? {}, confirmed ? { phone_verified: true } : {}),
      role: body.role || undefined,
      bannedUntil: body.ban_duration ? bannedUntil(body.ban_duration) : null,
    });
    await insertIdentity(tx, {
      userId: id,
      provider: "phone",
      providerId: id,
      identityData: { sub: id, phone, email_verified: false, phone_verified: confirmed },
    });
    return created;
  });
  return userJson(env.sql, user);
}

/** POST /admin/users */
export const createUser: RouteHandler = async (env, request) => {
  await requireAdmin(env, request);
  const body = await readJson(request.req, adminUserBody);
  if (body.phone && !body.email) return json(await createPhoneUserByAdmin(env, body));
  if (body.phone)
    throw badRequest("validation_failed", "Users with both an email and a phone are not supported locally");
  if (!body.email) throw badRequest("validation_failed", "Creating a user requires an email address or phone number");
  if (body.id && !isUuid(body.id)) throw badRequest("validation_failed", "id must be a valid UUID");
  const email = normalizeEmail(body.email);
  await assertEmailFree(env.sql, email);
  const encryptedPassword = (await passwordFrom(env, body)) ?? "";
  const banned = body.ban_duration ? bannedUntil(body.ban_duration) : null;
  const id = body.id ?? randomUUID();
  const confirmed = body.email_confirm === true;

  const user = await env.sql.begin(async (tx) => {
    const created = await insertUser(tx, {
      id,
      email,
      encryptedPassword,
      appMetadata: mergeMetadata({ provider: "email", providers: ["email"] }, body.app_metadata ?? {}),
      userMetadata: mergeMetadata(body.user_metadata ?? {}, confirmed ? { email_verified: true } : {}),
      emailConfirmedAt: confirmed ? new Date() : null,
      role: body.role || undefined,
      bannedUntil: banned,
    });
    await insertIdentity(tx, {
      userId: id,
      provider: "email",
      providerId: id,
      identityData: emailIdentityData(id, email, confirmed),
    });
    return created;
  });
  return json(await userJson(env.sql, user));
};

/** GET /admin/users/:id */
export const getUserById: RouteHandler = async (env, request) => {
  const user = await requireAdminTarget(env, request);
  return json(await userJson(env.sql, user));
};

/** PUT /admin/users/:id — metadata is merged (null removes a key), `ban_duration: "none"` lifts a ban. */
export const updateUserById: RouteHandler = async (env, request) => {
  const user = await requireAdminTarget(env, request);
  const body = await readJson(request.req, adminUserBody);
  if (body.phone) throw badRequest("validation_failed", "Phone users are not supported by the local stack");
  const email = body.email ? normalizeEmail(body.email) : null;
  if (email && email !== user.email) await assertEmailFree(env.sql, email, user.id);
  const encryptedPassword = await passwordFrom(env, body);
  const banned = body.ban_duration ? bannedUntil(body.ban_duration) : undefined;

  await env.sql.begin(async (tx) => {
    if (email && email !== user.email) await replaceEmail(tx, user.id, email);
    if (encryptedPassword) {
      await tx`update auth.users set encrypted_password = ${encryptedPassword}, updated_at = now() where id = ${user.id}`;
    }
    if (body.email_confirm) await confirmEmail(tx, user.id);
    if (body.user_metadata) {
      const [row] = await tx<{ meta: Record<string, unknown> | null }[]>`
        select raw_user_meta_data as meta from auth.users where id = ${user.id}`;
      const metadata = mergeMetadata(row?.meta ?? null, body.user_metadata);
      await tx`update auth.users set raw_user_meta_data = ${jsonb(tx, metadata)} where id = ${user.id}`;
    }
    if (body.app_metadata) {
      const metadata = mergeMetadata(user.raw_app_meta_data, body.app_metadata);
      await tx`update auth.users set raw_app_meta_data = ${jsonb(tx, metadata)} where id = ${user.id}`;
    }
    if (body.role) await tx`update auth.users set role = ${body.role} where id = ${user.id}`;
    if (banned !== undefined) await tx`update auth.users set banned_until = ${banned} where id = ${user.id}`;
    await tx`update auth.users set updated_at = now() where id = ${user.id}`;
  });
  const updated = await findUserById(env.sql, user.id);
  return json(await userJson(env.sql, updated ?? user));
};

const deleteBody = z.object({ should_soft_delete: z.boolean().nullish() });

/** DELETE /admin/users/:id — hard delete (cascading), or soft: anonymised, signed out, kept for references. */
export const deleteUserById: RouteHandler = async (env, request) => {
  const user = await requireAdminTarget(env, request);
  const body = await readJson(request.req, deleteBody);
  if (!body.should_soft_delete) {
    await env.sql`delete from auth.users where id = ${user.id}`;
  } else if (!user.deleted_at) {
    await env.sql.begin(async (tx) => {
      await tx`delete from auth.sessions where user_id = ${user.id}`;
      await tx`delete from auth.identities where user_id = ${user.id}`;
      await tx`
        update auth.users
        set deleted_at = now(), email = null, phone = null, encrypted_password = '', raw_user_meta_data = '{}'::jsonb,
            updated_at = now()
        where id = ${user.id}`;
    });
  }
  return json({});
};
