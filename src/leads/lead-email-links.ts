import "server-only";
import { appUrl } from "@/src/email/app-url";

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
  const signUp = new URLSearchParams({ email: input.email });
  if (input.analysisId) signUp.set("analysis", input.analysisId);
  const token = new URLSearchParams({ token: input.token });
  return {
    reportUrl: input.analysisId ? appUrl(`/r/${input.analysisId}`) : null,
    signUpUrl: appUrl(`/sign-up?${signUp}`),
    analyzeUrl: appUrl("/analyze"),
    unsubscribeUrl: appUrl(`/unsubscribe?${token}`),
    oneClickUnsubscribeUrl: appUrl(`/api/unsubscribe?${token}`),
  };
}
