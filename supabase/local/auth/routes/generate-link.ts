import { z } from "zod";
import { createEmailUser } from "../create-email-user.ts";
import { normalizeEmail } from "../email-address.ts";
import { storeEmailChange } from "../email-change.ts";
import { verifyLink } from "../emails.ts";
import type { AuthEnv, RouteHandler } from "../env.ts";
import { badRequest, notFound, unprocessable } from "../errors.ts";
import { json, readJson } from "../http.ts";
import { newOneTimeToken, storeLinkToken, type LinkKind, type OneTimeToken } from "../one-time-tokens.ts";
import { assertStrongPassword, hashPassword } from "../passwords.ts";
import { requestRedirect } from "../redirects.ts";
import { requireAdmin } from "../require-admin.ts";
import { metadataField } from "../schemas.ts";
import { findUserByEmail, findUserById, userJson } from "../user-store.ts";
import type { UserRow } from "../users.ts";

const LINK_TYPES = ["signup", "invite", "magiclink", "recovery", "email_change_current", "email_change_new"] as const;

const generateLinkBody = z.object({
  type: z.enum(LINK_TYPES, "Invalid email action link type requested"),
  email: z.string().nullish(),
  password: z.string().nullish(),
  new_email: z.string().nullish(),
  data: metadataField,
  redirect_to: z.string().nullish(),
});
type GenerateLinkBody = z.output<typeof generateLinkBody>;

interface Generated {
  user: UserRow;
  token: OneTimeToken;
  verificationType: LinkKind | "email_change";
}

const emailExists = () => unprocessable("email_exists", "A user with this email address has already been registered");

async function linkForSignupKinds(
  env: AuthEnv,
  body: GenerateLinkBody,
  email: string,
  existing: UserRow | null,
): Promise<Generated> {
  let user = existing;
  let kind: LinkKind;
  if (body.type === "magiclink") {
    // An unknown address is signed up, and its link confirms the signup (GoTrue answers type "signup").
    kind = user?.email_confirmed_at ? "magiclink" : "signup";
    user ??= await createEmailUser(env.sql, {
      email,
      encryptedPassword: "",
      data: body.data ?? {},
      confirmed: false,
      identityClaimsInMetadata: false,
    });
  } else if (body.type === "recovery") {
    if (!user) throw notFound("user_not_found", "User with this email not found");
    kind = "recovery";
  } else {
    if (user?.email_confirmed_at) throw emailExists();
    kind = body.type === "invite" ? "invite" : "signup";
    let encryptedPassword = "";
    if (kind === "signup") {
      if (!body.password) throw badRequest("validation_failed", "Signup links require a password");
      assertStrongPassword(env.config, body.password);
      encryptedPassword = await hashPassword(env.sql, body.password);
    }
    user ??= await createEmailUser(env.sql, {
      email,
      encryptedPassword,
      data: body.data ?? {},
      confirmed: false,
      identityClaimsInMetadata: false,
    });
  }
  return { user, token: await storeLinkToken(env.sql, env.config, user, kind, false), verificationType: kind };
}

async function linkForEmailChange(env: AuthEnv, body: GenerateLinkBody, user: UserRow | null): Promise<Generated> {
  if (!user) throw notFound("user_not_found", "User with this email not found");
  if (!body.new_email)
    throw badRequest("validation_failed", "The new_email address is required for email change links");
  const newEmail = normalizeEmail(body.new_email);
  if (await findUserByEmail(env.sql, newEmail)) throw emailExists();
  const toNew = newOneTimeToken(env.config, newEmail, false);
  const wantsCurrent = body.type === "email_change_current" || env.config.email.double_confirm_changes;
  const toCurrent = wantsCurrent ? newOneTimeToken(env.config, user.email ?? "", false) : null;
  await storeEmailChange(env.sql, user.id, newEmail, toNew, toCurrent);
  const token = body.type === "email_change_current" && toCurrent ? toCurrent : toNew;
  return { user, token, verificationType: "email_change" };
}

/**
 * POST /admin/generate_link — the link and code an email would carry, without sending it. The answer is the
 * user's fields flattened together with action_link, email_otp, hashed_token, redirect_to, verification_type.
 */
export const generateLink: RouteHandler = async (env, request) => {
  await requireAdmin(env, request);
  const body = await readJson(request.req, generateLinkBody);
  const email = normalizeEmail(body.email);
  const redirectTo = requestRedirect(env.config, request, body.redirect_to);
  const existing = await findUserByEmail(env.sql, email);
  const generated = body.type.startsWith("email_change")
    ? await linkForEmailChange(env, body, existing)
    : await linkForSignupKinds(env, body, email, existing);
  const user = (await findUserById(env.sql, generated.user.id)) ?? generated.user;
  return json({
    ...(await userJson(env.sql, user)),
    action_link: verifyLink(env, generated.token.hashedToken, generated.verificationType, redirectTo),
    email_otp: generated.token.otp,
    hashed_token: generated.token.hashedToken,
    redirect_to: redirectTo,
    verification_type: generated.verificationType,
  });
};
