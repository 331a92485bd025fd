import { createHash } from "node:crypto";
import { dropUnconfirmedCredentials } from "./drop-unconfirmed-credentials.ts";
import type { AuthEnv } from "./env.ts";
import { unprocessable } from "./errors.ts";
import { SSO_PREFIX } from "./providers.ts";
import { findUserByEmail, findUserById, insertIdentity, insertUser, jsonb, type Db } from "./user-store.ts";
import { mergeMetadata, type Json, type UserRow } from "./users.ts";

/** The issuer of the development identity provider's ID tokens (and of the identities it creates). */
export function devIdentityIssuer(env: AuthEnv): string {
  return `${env.authUrl}/dev-identity`;
}

/** What the development sign-in page asserts about the person, in place of a real identity provider. */
export interface ExternalProfile {
  /** `google`, `github`, … or `sso:<provider id>`. */
  provider: string;
  email: string;
  name: string;
  /** The provider's subject, when a verified token names it (the id_token grant); derived otherwise. */
  subject?: string;
  /** The token's issuer, when there is one; the development sign-in page otherwise. */
  issuer?: string;
}

/**
 * A stable provider subject per provider and address, numeric like Google's and GitHub's ids; SAML
 * assertions use the address itself as NameID.
 */
function subjectFor(profile: ExternalProfile): string {
  if (profile.subject) return profile.subject;
  if (profile.provider.startsWith(SSO_PREFIX)) return profile.email;
  const digest = createHash("sha256").update(`${profile.provider}:${profile.email}`).digest();
  return digest.readBigUInt64BE(0).toString();
}

/** A self-contained avatar (the initial on a colour derived from the address), so no image host is needed. */
function avatarFor(profile: ExternalProfile): string {
  const hue = createHash("sha256").update(profile.email).digest().readUInt16BE(0) % 360;
  const initial = (profile.name.trim()[0] ?? profile.email[0] ?? "?").toUpperCase().replace(/[<&>"']/g, "?");
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="hsl(${hue},55%,45%)"/>` +
    `<text x="32" y="42" font-family="sans-serif" font-size="28" fill="#fff" text-anchor="middle">${initial}</text></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

function identityDataFor(env: AuthEnv, profile: ExternalProfile, subject: string): Json {
  const avatar = avatarFor(profile);
  return {
    iss: profile.issuer ?? devIdentityIssuer(env),
    sub: subject,
    provider_id: subject,
    email: profile.email,
    email_verified: true,
    phone_verified: false,
    name: profile.name,
    full_name: profile.name,
    avatar_url: avatar,
    picture: avatar,
  };
}

async function addProvider(db: Db, user: UserRow, provider: string): Promise<void> {
  const app = user.raw_app_meta_data ?? {};
  const providers = Array.isArray(app.providers) ? (app.providers as unknown[]) : [];
  if (providers.includes(provider)) return;
  const updated = { ...app, provider: app.provider ?? provider, providers: [...providers, provider] };
  await db`update auth.users set raw_app_meta_data = ${jsonb(db, updated)} where id = ${user.id}`;
}

/**
 * Finds or creates the user behind an external identity, as GoTrue's callback does: a known identity signs
 * its user in; otherwise an OAuth identity links to the password/OTP user with the same (now verified)
 * address, and SSO identities always get their own user. The identity's claims refresh user_metadata. A user
 * whose address was not confirmed yet is confirmed by the identity, and loses whatever its unproven creator
 * set up (password, other identities, profile), as in GoTrue.
 */
export async function signInExternalIdentity(env: AuthEnv, profile: ExternalProfile): Promise<UserRow> {
  const sso = profile.provider.startsWith(SSO_PREFIX);
  const subject = subjectFor(profile);
  const identityData = identityDataFor(env, profile, subject);
  const userId = await env.sql.begin(async (tx) => {
    const [known] = await tx<{ user_id: string }[]>`
      update auth.identities
      set identity_data = ${jsonb(tx, identityData)}, last_sign_in_at = now(), updated_at = now()
      where provider = ${profile.provider} and provider_id = ${subject}
      returning user_id`;
    let user = known ? await findUserById(tx, known.user_id) : sso ? null : await findUserByEmail(tx, profile.email);
    if (!user) {
      user = await insertUser(tx, {
        email: profile.email,
        encryptedPassword: "",
        appMetadata: { provider: profile.provider, providers: [profile.provider] },
        userMetadata: {},
        emailConfirmedAt: new Date(),
        isSsoUser: sso,
      });
    }
    if (!known) {
      await insertIdentity(tx, { userId: user.id, provider: profile.provider, providerId: subject, identityData });
      await addProvider(tx, user, profile.provider);
    }
    if (!user.email_confirmed_at) {
      await dropUnconfirmedCredentials(tx, user.id, { provider: profile.provider, providerId: subject, identityData });
      return user.id;
    }
    const metadata = mergeMetadata(user.raw_user_meta_data, identityData);
    await tx`update auth.users set raw_user_meta_data = ${jsonb(tx, metadata)}, updated_at = now() where id = ${user.id}`;
    return user.id;
  });
  const user = await findUserById(env.sql, userId);
  if (!user) throw new Error(`user ${userId} vanished during external sign-in`);
  return user;
}

/**
 * Manual linking: adds the external identity to `userId`. An identity that already belongs to someone else is
 * refused as GoTrue refuses it; one the user already has is simply refreshed.
 */
export async function linkExternalIdentity(env: AuthEnv, userId: string, profile: ExternalProfile): Promise<UserRow> {
  const subject = subjectFor(profile);
  const identityData = identityDataFor(env, profile, subject);
  await env.sql.begin(async (tx) => {
    const [owner] = await tx<{ user_id: string }[]>`
      select user_id from auth.identities where provider = ${profile.provider} and provider_id = ${subject}`;
    if (owner && owner.user_id !== userId) {
      throw unprocessable("identity_already_exists", "Identity is already linked to another user");
    }
    const user = await findUserById(tx, userId);
    if (!user) throw new Error(`user ${userId} vanished while linking an identity`);
    if (owner) {
      await tx`update auth.identities set identity_data = ${jsonb(tx, identityData)}, last_sign_in_at = now(),
               updated_at = now() where provider = ${profile.provider} and provider_id = ${subject}`;
    } else {
      await insertIdentity(tx, { userId, provider: profile.provider, providerId: subject, identityData });
      await addProvider(tx, user, profile.provider);
    }
  });
  const user = await findUserById(env.sql, userId);
  if (!user) throw new Error(`user ${userId} vanished while linking an identity`);
  return user;
}
