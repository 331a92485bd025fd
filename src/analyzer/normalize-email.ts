import { z } from "zod/mini";
import { AnalyzerError } from "./analyzer-error";

const MAX_EMAIL_LENGTH = 320;
const emailSchema = z.email().check(z.maxLength(MAX_EMAIL_LENGTH));

/** The email as leads store and limits count it (trimmed, lowercase); undefined when left empty. */
export function normalizeEmail(input: string | undefined): string | undefined {
  const email = input?.trim().toLowerCase();
  if (!email) return undefined;
  if (!emailSchema.safeParse(email).success) throw new AnalyzerError("invalid_email", "emailInvalid");
  return email;
}
