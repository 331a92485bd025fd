import { z } from "zod";
import { clientInfo, type AuthRequest, type AuthEnv } from "../env.ts";
import { badRequest } from "../errors.ts";
import { json, readJson } from "../http.ts";
import { passwordMatches, passwordWeakness } from "../passwords.ts";
import { startSession } from "../sessions.ts";
import { findUserByEmail, type Db } from "../user-store.ts";
import { isBanned, type UserRow } from "../users.ts";

const passwordBody = z.object({
  email: z.string().nullish(),
  phone: z.string().nullish(),
  password: z.string().nullish(),
});

const invalidCredentials = () => badRequest("invalid_credentials", "Invalid login credentials");

async function findUserByPhone(db: Db, phone: string): Promise<UserRow | null> {
  const [user] = await db<UserRow[]>`select * from auth.users where phone = ${phone.replace(/^\+/, "")} limit 1`;
  return user ?? null;
}

/** `grant_type=password`: email (or phone) and password; unconfirmed addresses cannot sign in. */
export async function passwordGrant(env: AuthEnv, request: AuthRequest): Promise<Response> {
  const body = await readJson(request.req, passwordBody);
  if (body.email && body.phone) {
    throw badRequest("validation_failed", "Only an email address or phone number should be provided on login.");
  }
  if (!body.email && !body.phone) throw badRequest("validation_failed", "missing email or phone");
  const password = body.password ?? "";
  const user = body.email
    ? await findUserByEmail(env.sql, body.email.trim())
    : await findUserByPhone(env.sql, body.phone ?? "");
  if (!user || !(await passwordMatches(env.sql, password, user.encrypted_password))) throw invalidCredentials();
  if (isBanned(user)) throw badRequest("user_banned", "User is banned");
  if (body.email && !user.email_confirmed_at) throw badRequest("email_not_confirmed", "Email not confirmed");
  if (body.phone && !user.phone_confirmed_at) throw badRequest("phone_not_confirmed", "Phone not confirmed");

  const session = await startSession(env, user.id, "password", clientInfo(request));
  // Sign-in still works with a password that predates the current policy; the client is told so.
  const weakness = passwordWeakness(env.config, password);
  return json(weakness ? { ...session, weak_password: weakness } : session);
}
