"use server";

import "server-only";
import { defineAction } from "../../actions/define-action";
import { requireUser } from "../../auth/get-verified-user";
import { createSupabaseServerClient } from "../../supabase/server-client";
import { mfaActionError } from "../map-mfa-error";
import { enrollTotpSchema } from "../schemas";

export interface PendingTotpFactor {
  factorId: string;
  /** An SVG data URI of the otpauth URI, for the authenticator app to scan. */
  qrCode: string;
  /** The same secret as text, for apps that cannot scan. */
  secret: string;
}

/** Starts adding an authenticator app: an unverified factor until its first code is confirmed. */
export const enrollTotpFactor = defineAction(enrollTotpSchema, async ({ friendlyName }): Promise<PendingTotpFactor> => {
  await requireUser("/account/security");
  const supabase = await createSupabaseServerClient();
  const { data, error } = await supabase.auth.mfa.enroll({
    factorType: "totp",
    // The app shows this name beside the code; the account's address tells two Arco accounts apart.
    issuer: "Arco",
    friendlyName: friendlyName || undefined,
  });
  if (error) throw mfaActionError(error);
  return { factorId: data.id, qrCode: data.totp.qr_code, secret: data.totp.secret };
});
