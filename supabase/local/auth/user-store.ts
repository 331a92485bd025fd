import { randomUUID } from "node:crypto";
import type { ISql } from "postgres";
import { factorsOf, serializeFactor } from "./mfa/factor-store.ts";
import { serializeUser, type IdentityRow, type Json, type UserRow } from "./users.ts";

/** A pool or a transaction. */
export type Db = ISql;

/** A jsonb parameter; postgres.js serialises it (a pre-stringified value would be stored as a JSON string). */
export function jsonb(db: Db, value: Json) {
  return db.json(value as Parameters<Db["json"]>[0]);
}

export async function findUserById(db: Db, id: string): Promise<UserRow | null> {
  const [user] = await db<UserRow[]>`select * from auth.users where id = ${id}`;
  return user ?? null;
}

/** The password/OTP user with this address (SSO users may share it and are not matched). */
export async function findUserByEmail(db: Db, email: string): Promise<UserRow | null> {
  const [user] = await db<UserRow[]>`
    select * from auth.users where lower(email) = ${email.toLowerCase()} and is_sso_user = false limit 1`;
  return user ?? null;
}

export async function identitiesOf(db: Db, userId: string): Promise<IdentityRow[]> {
  return db<IdentityRow[]>`select * from auth.identities where user_id = ${userId} order by created_at, id`;
}

/** The user as GoTrue serialises it, identities and MFA factors included. */
export async function userJson(db: Db, user: UserRow): Promise<Json> {
  const [identities, factors] = await Promise.all([identitiesOf(db, user.id), factorsOf(db, user.id)]);
  return serializeUser(user, identities, factors.map(serializeFactor));
}

export interface NewUser {
  id?: string;
  email: string | null;
  /** E.164 digits without "+", as GoTrue stores phones. */
  phone?: string | null;
  phoneConfirmedAt?: Date | null;
  encryptedPassword: string;
  appMetadata: Json;
  userMetadata: Json;
  emailConfirmedAt?: Date | null;
  invitedAt?: Date | null;
  role?: string;
  bannedUntil?: Date | null;
  isSsoUser?: boolean;
  isAnonymous?: boolean;
}

export async function insertUser(db: Db, user: NewUser): Promise<UserRow> {
  const [row] = await db<UserRow[]>`
    insert into auth.users (
      instance_id, id, aud, role, email, phone, phone_confirmed_at, encrypted_password, email_confirmed_at, invited_at,
      raw_app_meta_data, raw_user_meta_data, banned_until, is_sso_user, is_anonymous, created_at, updated_at,
      confirmation_token, recovery_token, email_change_token_new, email_change
    ) values (
      '00000000-0000-0000-0000-000000000000', ${user.id ?? randomUUID()}, 'authenticated',
      ${user.role ?? "authenticated"}, ${user.email}, ${user.phone ?? null}, ${user.phoneConfirmedAt ?? null},
      ${user.encryptedPassword}, ${user.emailConfirmedAt ?? null},
      ${user.invitedAt ?? null}, ${jsonb(db, user.appMetadata)}, ${jsonb(db, user.userMetadata)},
      ${user.bannedUntil ?? null}, ${user.isSsoUser ?? false}, ${user.isAnonymous ?? false}, now(), now(),
      '', '', '', ''
    )
    returning *`;
  if (!row) throw new Error("insert into auth.users returned no row");
  return row;
}

export interface NewIdentity {
  userId: string;
  provider: string;
  providerId: string;
  identityData: Json;
}

export async function insertIdentity(db: Db, identity: NewIdentity): Promise<void> {
  await db`
    insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
    values (${identity.providerId}, ${identity.userId}, ${jsonb(db, identity.identityData)},
            ${identity.provider}, now(), now(), now())`;
}

/** The identity data GoTrue records for the `email` provider. */
export function emailIdentityData(userId: string, email: string, verified: boolean): Json {
  return { sub: userId, email, email_verified: verified, phone_verified: false };
}

/** Marks the email confirmed, on the user, its metadata and its email identity, as GoTrue's Confirm does. */
export async function confirmEmail(db: Db, userId: string): Promise<void> {
  await db`
    update auth.users
    set email_confirmed_at = coalesce(email_confirmed_at, now()),
        confirmation_token = '',
        raw_user_meta_data = coalesce(raw_user_meta_data, '{}'::jsonb) || '{"email_verified": true}'::jsonb,
        updated_at = now()
    where id = ${userId}`;
  await db`
    update auth.identities
    set identity_data = identity_data || '{"email_verified": true}'::jsonb, updated_at = now()
    where user_id = ${userId} and provider = 'email'`;
}
