import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { stackForThisFile } from "../../support/stack.ts";
import { adminClient, confirmedUser, decodeJwt, userClient } from "./clients.ts";

const stack = stackForThisFile();

function codeFor(secret: string, offsetSteps = 0): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 });
  return totp.generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}

async function signedIn(prefix: string) {
  const user = await confirmedUser(stack, prefix);
  const supabase = userClient(stack);
  const { error } = await supabase.auth.signInWithPassword({ email: user.email, password: user.password });
  if (error) throw error;
  return { ...user, supabase };
}

/** A user with a verified TOTP factor, signed in again at aal1. */
async function withVerifiedFactor(prefix: string) {
  const user = await signedIn(prefix);
  const { data } = await user.supabase.auth.mfa.enroll({ factorType: "totp", friendlyName: "phone" });
  if (!data) throw new Error("enroll failed");
  const verified = await user.supabase.auth.mfa.challengeAndVerify({
    factorId: data.id,
    code: codeFor(data.totp.secret),
  });
  if (verified.error) throw verified.error;
  const fresh = userClient(stack);
  await fresh.auth.signInWithPassword({ email: user.email, password: user.password });
  return { ...user, supabase: fresh, factorId: data.id, secret: data.totp.secret };
}

describe("TOTP factors", () => {
  it("enrolls: an unverified factor with its secret, otpauth URI and SVG QR code", async () => {
    const { supabase, email } = await signedIn("enroll");
    const { data, error } = await supabase.auth.mfa.enroll({ factorType: "totp", friendlyName: "Work phone" });
    expect(error).toBeNull();
    expect(data).toMatchObject({ type: "totp", friendly_name: "Work phone" });
    expect(data?.totp.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(data?.totp.uri).toContain(`otpauth://totp/`);
    expect(data?.totp.uri).toContain(encodeURIComponent(email));
    expect(data?.totp.uri).toContain(`secret=${data?.totp.secret}`);
    expect(data?.totp.qr_code).toMatch(/^data:image\/svg\+xml;utf-8,<svg/);
    // Used as an <img> source as is: nothing in it may end the data URI early.
    expect(data?.totp.qr_code).not.toMatch(/[#%]/);

    const { data: factors } = await supabase.auth.mfa.listFactors();
    expect(factors?.all).toEqual([
      expect.objectContaining({ id: data?.id, status: "unverified", factor_type: "totp" }),
    ]);
    expect(factors?.totp).toEqual([]);
    const again = await supabase.auth.mfa.enroll({ factorType: "totp", friendlyName: "Work phone" });
    expect(again.error).toMatchObject({ status: 422, code: "mfa_factor_name_conflict" });
  });

  it("verifies a challenge: a new aal2 session whose amr adds totp, kept across refreshes", async () => {
    const { supabase } = await signedIn("verify");
    const before = await supabase.auth.mfa.getAuthenticatorAssuranceLevel();
    expect(before.data).toMatchObject({ currentLevel: "aal1", nextLevel: "aal1" });
    const { data: factor } = await supabase.auth.mfa.enroll({ factorType: "totp" });
    if (!factor) throw new Error("enroll failed");

    const { data: challenge, error: challengeError } = await supabase.auth.mfa.challenge({ factorId: factor.id });
    expect(challengeError).toBeNull();
    expect(challenge).toMatchObject({ id: expect.any(String), type: "totp" });
    expect(challenge!.expires_at).toBeGreaterThan(Date.now() / 1000);
    const wrong = await supabase.auth.mfa.verify({ factorId: factor.id, challengeId: challenge!.id, code: "000000" });
    expect(wrong.error).toMatchObject({
      status: 422,
      code: "mfa_verification_failed",
      message: "Invalid TOTP code entered",
    });

    const { data, error } = await supabase.auth.mfa.verify({
      factorId: factor.id,
      challengeId: challenge!.id,
      code: codeFor(factor.totp.secret, -1),
    });
    expect(error).toBeNull();
    const claims = decodeJwt(data!.access_token).payload;
    expect(claims.aal).toBe("aal2");
    expect((claims.amr as { method: string }[]).map((entry) => entry.method)).toEqual(["totp", "password"]);
    const reused = await supabase.auth.mfa.verify({
      factorId: factor.id,
      challengeId: challenge!.id,
      code: codeFor(factor.totp.secret),
    });
    expect(reused.error).toMatchObject({ status: 422, code: "mfa_ip_address_mismatch" });

    const after = await supabase.auth.mfa.getAuthenticatorAssuranceLevel();
    expect(after.data).toMatchObject({ currentLevel: "aal2", nextLevel: "aal2" });
    const { data: factors } = await supabase.auth.mfa.listFactors();
    expect(factors?.totp).toEqual([expect.objectContaining({ id: factor.id, status: "verified" })]);
    const refreshed = await supabase.auth.refreshSession();
    expect(decodeJwt(refreshed.data.session!.access_token).payload.aal).toBe("aal2");
  });

  it("signs in at aal1 with aal2 next for a user with a verified factor; a second factor takes aal2", async () => {
    const { supabase, factorId, secret } = await withVerifiedFactor("second-step");
    const { data } = await supabase.auth.mfa.getAuthenticatorAssuranceLevel();
    expect(data).toMatchObject({ currentLevel: "aal1", nextLevel: "aal2" });
    expect(data?.currentAuthenticationMethods).toEqual([{ method: "password", timestamp: expect.any(Number) }]);
    const enrollAtAal1 = await supabase.auth.mfa.enroll({ factorType: "totp", friendlyName: "backup" });
    expect(enrollAtAal1.error).toMatchObject({ status: 403, code: "insufficient_aal" });
    const unenrollAtAal1 = await supabase.auth.mfa.unenroll({ factorId });
    expect(unenrollAtAal1.error).toMatchObject({ status: 422, code: "insufficient_aal" });

    expect((await supabase.auth.mfa.challengeAndVerify({ factorId, code: codeFor(secret) })).error).toBeNull();
    const { data: removed, error } = await supabase.auth.mfa.unenroll({ factorId });
    expect(error).toBeNull();
    expect(removed).toEqual({ id: factorId });
    const { data: factors } = await supabase.auth.mfa.listFactors();
    expect(factors?.all).toEqual([]);
  });

  it("answers GoTrue's errors for unknown factors, other users' factors, and callers without a session", async () => {
    const owner = await withVerifiedFactor("owner");
    const other = await signedIn("other");
    const foreign = await other.supabase.auth.mfa.challenge({ factorId: owner.factorId });
    expect(foreign.error).toMatchObject({ status: 404, code: "mfa_factor_not_found", message: "Factor not found" });
    const badId = await other.supabase.auth.mfa.challenge({ factorId: "not-a-uuid" });
    expect(badId.error).toMatchObject({ status: 404, code: "validation_failed" });
    const unknownType = await other.supabase.auth.mfa.enroll({ factorType: "phone", phone: "+5511999999999" });
    expect(unknownType.error).toMatchObject({ status: 422, code: "mfa_phone_enroll_not_enabled" });

    const anonymous = await userClient(stack).auth.mfa.enroll({ factorType: "totp" });
    expect(anonymous.error).toMatchObject({ status: 403, code: "bad_jwt" });
  });

  it("lets the admin API list and delete a user's factors", async () => {
    const { id, factorId } = await withVerifiedFactor("admin-view");
    const admin = adminClient(stack).auth.admin.mfa;
    const { data, error } = await admin.listFactors({ userId: id });
    expect(error).toBeNull();
    expect(data?.factors).toEqual([expect.objectContaining({ id: factorId, factor_type: "totp", status: "verified" })]);
    const deleted = await admin.deleteFactor({ userId: id, id: factorId });
    expect(deleted.error).toBeNull();
    // auth-js hands back the whole response here, wrapped once more.
    expect(deleted.data).toMatchObject({ data: { id: factorId, status: "verified" } });
    expect((await admin.listFactors({ userId: id })).data?.factors).toEqual([]);
    const again = await admin.deleteFactor({ userId: id, id: factorId });
    expect(again.error).toMatchObject({ status: 404, code: "mfa_factor_not_found" });
  });
});
