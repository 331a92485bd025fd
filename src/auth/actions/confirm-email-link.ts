"use server";

import "server-only";
import { redirect } from "next/navigation";
import { AppError } from "@/src/errors/app-error";
import { defineAction } from "../../actions/define-action";
import { createSupabaseServerClient } from "../../supabase/server-client";
import { confirmEmailLinkSchema } from "../auth-form-schemas";
import { takeLinkRequest } from "../link-request-cookie";
import { authActionError } from "../map-auth-error";

/**
 * Signs in with an emailed link to /auth/confirm (`token_hash` + `type`), once the person has pressed the
 * page's button. Why it works this way:
 *
 * - Never on GET. A link that signs in on GET signs in whoever opens it, so an attacker can mail or post a
 *   link to *their own* account and the victim, signed in as the attacker, then types their data into it
 *   (login CSRF). Mail scanners also fetch links, which would spend a GET-verified token before its owner
 *   clicks. The page only shows a button; this action, a POST that Next.js refuses from other origins, does
 *   the verification.
 * - Which account it is cannot be known before the token is spent (the hash does not reveal the address, and
 *   an address added to the link could be forged to show a different one). So the check comes after:
 *   the browser that asked for a link keeps a short-lived cookie for that address, and when it matches the
 *   account the link signed in to, the person goes straight on to `next`. Otherwise (another browser, or a
 *   link somebody else asked for) nothing moves on by itself: the answer names the account now signed in
 *   and offers to continue or to sign out.
 *
 * The link format stays the one hosted Supabase templates produce (`{{ .TokenHash }}` and a type), with
 * nothing extra to configure.
 */
export const confirmEmailLink = defineAction(confirmEmailLinkSchema, async ({ tokenHash, type, next }) => {
  const supabase = await createSupabaseServerClient();
  const { data, error } = await supabase.auth.verifyOtp({ token_hash: tokenHash, type });
  if (error) {
    const failure = authActionError(error);
    throw failure.code === "code_invalid" ? new AppError("link_invalid", { detail: failure.message }) : failure;
  }
  // The first of the two links of an email change signs nobody in; there is no account to show yet.
  const email = data.session ? (data.user?.email ?? "") : null;
  if (email === null || (await takeLinkRequest(email))) redirect(next);
  return { signedInAs: email, next };
});
