import { z } from "zod";
import type { ValidationMessageKey } from "../i18n/dictionary";
import { safeNextPath } from "./safe-next-path";

/**
 * Input shapes of the auth forms. Error messages are keys of the `validation` dictionary (translated by
 * `defineAction`), typed through `message` so a typo fails to compile.
 */
const message = (key: ValidationMessageKey) => ({ error: key });

/** GoTrue's bcrypt hashing ignores bytes past 72, so longer passwords would silently be truncated. */
const maxPasswordLength = 72;
export const minPasswordLength = 8;

export const emailField = z
  .string(message("email_required"))
  .trim()
  .toLowerCase()
  .min(1, message("email_required"))
  .pipe(z.email(message("email_invalid")));

export const currentPasswordField = z.string(message("password_required")).min(1, message("password_required"));

export const newPasswordField = z
  .string(message("password_required"))
  .min(minPasswordLength, message("password_too_short"))
  .max(maxPasswordLength, message("password_too_long"));

export const nextField = z
  .string()
  .optional()
  .transform((value) => safeNextPath(value));

/** The free analysis a sign-up started from (`/sign-up?analysis=`), kept in the user's metadata for the import. */
export const analysisIdField = z.preprocess((value) => (value === "" ? undefined : value), z.uuid().optional());

/**
 * The CAPTCHA widget's token (empty until solved, absent when no CAPTCHA is configured), handed to Supabase
 * Auth, which checks it when its own CAPTCHA protection is on: the app never checks it itself, as a token is
 * good for one check only.
 */
export const captchaTokenField = z.preprocess(
  (value) => (value === "" ? undefined : value),
  z.string().max(4096).optional(),
);

export const emailOtpSchema = z.object({
  email: emailField,
  next: nextField,
  analysisId: analysisIdField,
  captchaToken: captchaTokenField,
});

export const verifyEmailCodeSchema = z.object({
  email: emailField,
  token: z
    .string(message("code_format"))
    .transform((value) => value.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, message("code_format"))),
  next: nextField,
});

export const passwordSignInSchema = z.object({
  email: emailField,
  password: currentPasswordField,
  next: nextField,
  captchaToken: captchaTokenField,
});

export const passwordSignUpSchema = z.object({
  email: emailField,
  password: newPasswordField,
  fullName: z
    .string()
    .trim()
    .max(120, message("name_too_long"))
    .optional()
    .transform((value) => value || undefined),
  next: nextField,
  analysisId: analysisIdField,
  captchaToken: captchaTokenField,
});

/** SSO is found by the domain of a work email. */
export const ssoSchema = z
  .object({ email: emailField, next: nextField, captchaToken: captchaTokenField })
  .transform(({ email, next, captchaToken }) => ({
    domain: email.slice(email.lastIndexOf("@") + 1),
    next,
    captchaToken,
  }));

export const passwordResetRequestSchema = z.object({ email: emailField, captchaToken: captchaTokenField });

export const newPasswordSchema = z
  .object({ password: newPasswordField, confirmPassword: z.string(message("password_required")) })
  .refine((value) => value.password === value.confirmPassword, {
    path: ["confirmPassword"],
    ...message("passwords_mismatch"),
  });

/** What an emailed link to /auth/confirm carries (`token_hash` and `type` as Supabase's templates name them). */
export const emailLinkTypes = ["signup", "invite", "magiclink", "recovery", "email_change", "email"] as const;

export const confirmEmailLinkSchema = z
  .object({
    token_hash: z.string().min(1).max(512),
    type: z.enum(emailLinkTypes),
    next: z.string().optional(),
  })
  .transform(({ token_hash, type, next }) => ({
    tokenHash: token_hash,
    type,
    // A recovery link's purpose is choosing a new password.
    next: safeNextPath(next ?? (type === "recovery" ? "/reset-password" : undefined)),
  }));
