import { z } from "zod";
import { nextField } from "../auth/auth-form-schemas";
import { safeNextPath } from "../auth/safe-next-path";
import type { ValidationMessageKey } from "../i18n/dictionary";

const message = (key: ValidationMessageKey) => ({ error: key });

/** A 6-digit authenticator code; spaces (as apps show "123 456") are ignored. */
export const totpCodeField = z
  .string(message("code_format"))
  .transform((value) => value.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, message("code_format")));

export const secondStepSchema = z.object({ code: totpCodeField, next: nextField });

export const enrollTotpSchema = z.object({
  friendlyName: z.string().trim().max(120, message("name_too_long")).optional().default(""),
});

/** `next` only when a page sent the user here to get a factor first (staff opening /admin). */
export const confirmTotpSchema = z.object({
  factorId: z.uuid(),
  code: totpCodeField,
  next: z
    .string()
    .optional()
    .transform((value) => (value ? safeNextPath(value) : null)),
});

export const removeFactorSchema = z.object({ factorId: z.uuid() });
