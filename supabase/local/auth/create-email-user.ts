import { randomUUID } from "node:crypto";
import { emailIdentityData, insertIdentity, insertUser, type Db } from "./user-store.ts";
import type { Json, UserRow } from "./users.ts";

export interface NewEmailUser {
  email: string;
  /** "" for users without a password (OTP, invite). */
  encryptedPassword: string;
  /** Signup `data`; GoTrue adds the email identity's claims (sub, email, email_verified, phone_verified). */
  data: Json;
  confirmed: boolean;
  /** False for the admin generateLink path, whose users keep exactly the `data` they were given. */
  identityClaimsInMetadata?: boolean;
}

/** A user of the `email` provider with its email identity, as GoTrue's signup path creates it. */
export async function createEmailUser(db: Db, user: NewEmailUser): Promise<UserRow> {
  const id = randomUUID();
  const identityData = emailIdentityData(id, user.email, user.confirmed);
  const row = await insertUser(db, {
    id,
    email: user.email,
    encryptedPassword: user.encryptedPassword,
    appMetadata: { provider: "email", providers: ["email"] },
    userMetadata: user.identityClaimsInMetadata === false ? user.data : { ...user.data, ...identityData },
    emailConfirmedAt: user.confirmed ? new Date() : null,
  });
  await insertIdentity(db, { userId: id, provider: "email", providerId: id, identityData });
  return row;
}
