import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";

// GoTrue's TOTP parameters (pquerna/otp defaults): SHA-1, 6 digits, 30-second steps, 20-byte secrets.
const TOTP_PARAMS = { algorithm: "SHA1", digits: 6, period: 30 } as const;

export interface NewTotp {
  secret: string;
  uri: string;
  /** The otpauth URI as an SVG QR code; auth-js turns it into a data URI. */
  qrCode: string;
}

/** A fresh secret, its otpauth:// URI and QR code, for an authenticator app. */
export async function newTotp(issuer: string, accountName: string): Promise<NewTotp> {
  const totp = new TOTP({ ...TOTP_PARAMS, issuer, label: accountName, secret: new Secret({ size: 20 }) });
  const uri = totp.toString();
  const svg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "H" });
  // auth-js pastes the SVG into a `data:image/svg+xml;utf-8,` URI unencoded, where a `#` would end the image:
  // GoTrue's SVG names its colours, so this one does too.
  const qrCode = svg.trim().replaceAll("#ffffff", "white").replaceAll("#000000", "black");
  return { secret: totp.secret.base32, uri, qrCode };
}

/** Whether `code` is the secret's code now, one step before or one after (GoTrue's skew of 1). */
export function totpCodeMatches(secret: string, code: string): boolean {
  const totp = new TOTP({ ...TOTP_PARAMS, secret: Secret.fromBase32(secret) });
  return totp.validate({ token: code, window: 1 }) !== null;
}

/** The secret's code right now, as an authenticator app shows it. */
export function currentTotpCode(secret: string): string {
  return new TOTP({ ...TOTP_PARAMS, secret: Secret.fromBase32(secret) }).generate();
}
