import "server-only";
import { env } from "@/src/env";

export interface LeadEmailLinks {
  /** The shareable report page; null without an analysis. */
  reportUrl: string | null;
  /** Sign-up prefilled with the address, bringing the analysis along as the first project's baseline. */
  signUpUrl: string;
  analyzeUrl: string;
  /** The page a person opens from the email's footer: it asks for confirmation. */
  unsubscribeUrl: string;
  /** The RFC 8058 one-click endpoint for the `List-Unsubscribe` header: mail clients POST to it. */
  oneClickUnsubscribeUrl: string;
}

export function leadEmailLinks(input: { email: string; analysisId: string | null; token: string }): LeadEmailLinks {
  const base = env().APP_URL.replace(/\/+$/, "");
  const signUp = new URLSearchParams({ email: input.email });
  if (input.analysisId) signUp.set("analysis", input.analysisId);
  const token = new URLSearchParams({ token: input.token });
  return {
    reportUrl: input.analysisId ? `${base}/r/${input.analysisId}` : null,
    signUpUrl: `${base}/sign-up?${signUp}`,
    analyzeUrl: `${base}/analyze`,
    unsubscribeUrl: `${base}/unsubscribe?${token}`,
    oneClickUnsubscribeUrl: `${base}/api/unsubscribe?${token}`,
  };
}
